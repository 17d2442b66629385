export enum Kind {
  Fruit = "fruit",
  Tool = "tool",
}

export class Item {
  constructor(
    public readonly name: string,
    public readonly kind: Kind,
  ) {}
}

export const items: Item[] = [
  new Item("apple", Kind.Fruit),
  new Item("hammer", Kind.Tool),
  new Item("pear", Kind.Fruit),
  new Item("saw", Kind.Tool),
];
