'use strict';
// A small node:test for nano's harness. Workers has no node:test, and some of
// Node's tests are written with it (`const { test } = require('node:test')`),
// so the runner registers each test with `require('node:test')` (and `from
// 'node:test'`) pointing here. It runs tests and suites one at a time in the
// order they were declared, reports a failing test to the harness as a
// failure, and keeps the harness waiting until every test has finished.
//
// Covered: test/it (name, options, fn; fn(t) returning a promise or
// fn(t, done)), describe/suite, .skip/.todo/.only, options skip/todo/only,
// before/after/beforeEach/afterEach (module level and on t), subtests
// (t.test), t.skip/t.todo/t.diagnostic/t.plan/t.signal/t.assert/t.mock/
// t.name/t.fullName, mock.fn/mock.method/mock.reset/mock.restoreAll.
// Not covered: mock.timers, mock.module, snapshots, run(), reporters,
// timeouts and concurrency (tests run one at a time; the harness's deadline
// bounds the whole file).
const common = require('./index.js');

let assertModule;
const assert = () => (assertModule ??= require('assert'));

class Node {
  constructor(kind, name, options, fn, parent) {
    this.kind = kind; // 'root' | 'suite' | 'test'
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.parent = parent;
    this.queue = [];
    this.draining = null; // the promise of the drain under way
    this.started = kind === 'root';
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.promise = new Promise((resolve) => { this.resolve = resolve; });
  }

  get fullName() {
    const names = [];
    for (let n = this; n && n.kind !== 'root'; n = n.parent) names.unshift(n.name);
    return names.join(' > ');
  }
}

const root = new Node('root', '<root>', {}, null, null);
let collecting = null; // the suite whose describe() callback is running
let current = null; // the test whose callback is running (synchronously)

function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = {};
    name = fn.name || '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = {};
  }
  if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  }
  options = options ?? {};
  if (typeof fn !== 'function') fn = () => {};
  return { name: String(name ?? '<anonymous>'), options, fn };
}

function enqueue(parent, node) {
  parent.queue.push(node);
  if (parent.started) kick(parent);
  return node.promise;
}

function kick(parent) {
  if (parent.draining) return;
  const drain = (async () => {
    // The root starts once the file's top level has declared its tests.
    if (parent.kind === 'root') await null;
    while (parent.queue.length > 0) await run(parent.queue.shift());
    parent.draining = null;
  })();
  parent.draining = drain;
  if (parent.kind === 'root') common.__track(drain);
}

async function settleChildren(node) {
  while (node.draining || node.queue.length > 0) {
    if (!node.draining) kick(node);
    await node.draining;
  }
}

function isSkipped(node) {
  return Boolean(node.options.skip);
}

function report(node, err) {
  if (common.__isSkip(err) || common.__isExit(err)) {
    // common.skip() or process.exit() inside a test ends the whole file, as in Node.
    common.__recordError(err);
    return;
  }
  if (node.options.todo) return;
  const detail = err instanceof Error ? (err.stack || String(err)) : `${typeof err} ${String(err)}`;
  common.__fail(`node:test: "${node.fullName}" failed: ${detail}`);
}

async function callHook(hook, context) {
  await invoke(hook, context);
}

function invoke(fn, context) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      const done = (err) => (err ? reject(err) : resolve());
      const result = fn.call(context, context, done);
      if (result && typeof result.then === 'function') {
        result.then(undefined, reject);
      }
    });
  }
  const previous = current;
  current = context._node;
  try {
    return Promise.resolve(fn.call(context, context));
  } finally {
    current = previous;
  }
}

function chain(node, kind) {
  const out = [];
  for (let n = node.parent; n; n = n.parent) out.unshift(...n.hooks[kind]);
  return kind === 'afterEach' ? out.reverse() : out;
}

async function run(node) {
  if (isSkipped(node)) {
    node.resolve();
    return;
  }
  if (node.kind === 'suite') {
    await runSuite(node);
  } else {
    await runTest(node);
  }
  node.resolve();
}

async function runSuite(node) {
  try {
    if (node.fnResult && typeof node.fnResult.then === 'function') await node.fnResult;
    node.started = true;
    for (const hook of node.hooks.before) await callHook(hook, new TestContext(node));
    await settleChildren(node);
    for (const hook of node.hooks.after) await callHook(hook, new TestContext(node));
  } catch (err) {
    report(node, err);
  }
}

async function runTest(node) {
  const t = new TestContext(node);
  node.started = true;
  let error;
  try {
    for (const hook of chain(node, 'beforeEach')) await callHook(hook, t);
    await invoke(node.fn, t);
    await settleChildren(node);
    for (const hook of chain(node, 'afterEach')) await callHook(hook, t);
  } catch (err) {
    error = err;
  }
  for (const hook of node.hooks.after) {
    try {
      await callHook(hook, t);
    } catch (err) {
      error ??= err;
    }
  }
  t._end();
  if (error === undefined && t._plan !== undefined && t._plan !== t._count) {
    error = new Error(`plan expected ${t._plan} assertions but received ${t._count}`);
  }
  if (error !== undefined && !t._skipped) report(node, error);
}

class TestContext {
  constructor(node) {
    this._node = node;
    this._controller = new AbortController();
    this._plan = undefined;
    this._count = 0;
    this._skipped = false;
    this._mock = undefined;
  }

  get name() { return this._node.name; }
  get fullName() { return this._node.fullName; }
  get signal() { return this._controller.signal; }
  get filePath() { return undefined; }

  get mock() {
    return (this._mock ??= new MockTracker());
  }

  get assert() {
    const context = this;
    const a = assert();
    const out = {};
    for (const key of Object.keys(a)) {
      if (typeof a[key] !== 'function') continue;
      out[key] = function(...args) {
        context._count++;
        return a[key].apply(this, args);
      };
    }
    return out;
  }

  skip() { this._skipped = true; }
  todo() { this._skipped = true; }
  diagnostic() {}
  runOnly() {}
  plan(count) { this._plan = count; }

  test(name, options, fn) {
    const args = parseArgs(name, options, fn);
    const child = new Node('test', args.name, args.options, args.fn, this._node);
    this._count++;
    return enqueue(this._node, child);
  }

  before(fn) { this._node.hooks.before.push(fn); }
  after(fn) { this._node.hooks.after.push(fn); }
  beforeEach(fn) { this._node.hooks.beforeEach.push(fn); }
  afterEach(fn) { this._node.hooks.afterEach.push(fn); }

  _end() {
    this._controller.abort();
    this._mock?.restoreAll();
  }
}

// Where a test() or describe() declared now belongs.
function parentForNew() {
  if (collecting) return collecting;
  if (current) return current;
  return root;
}

function test(name, options, fn) {
  const args = parseArgs(name, options, fn);
  return enqueue(parentForNew(), new Node('test', args.name, args.options, args.fn, parentForNew()));
}

function describe(name, options, fn) {
  const args = parseArgs(name, options, fn);
  const parent = parentForNew();
  const node = new Node('suite', args.name, args.options, args.fn, parent);
  const previous = collecting;
  collecting = node;
  try {
    node.fnResult = args.fn.call(undefined, new TestContext(node));
  } catch (err) {
    report(node, err);
  } finally {
    collecting = previous;
  }
  return enqueue(parent, node);
}

function variants(fn) {
  fn.skip = (name, options, f) => {
    const args = parseArgs(name, options, f);
    return fn(args.name, { ...args.options, skip: true }, args.fn);
  };
  fn.todo = (name, options, f) => {
    const args = parseArgs(name, options, f);
    return fn(args.name, { ...args.options, todo: true }, args.fn);
  };
  fn.only = (name, options, f) => {
    const args = parseArgs(name, options, f);
    return fn(args.name, { ...args.options, only: true }, args.fn);
  };
  return fn;
}

function hook(kind) {
  return (fn) => {
    const target = collecting ?? current ?? root;
    target.hooks[kind].push(fn);
  };
}

// mock.fn() and mock.method(): enough of node:test's MockTracker for tests
// that count calls.
class MockFunctionContext {
  constructor(implementation, restore) {
    this.calls = [];
    this._implementation = implementation;
    this._once = new Map();
    this._restore = restore;
  }
  callCount() { return this.calls.length; }
  mockImplementation(fn) { this._implementation = fn; }
  mockImplementationOnce(fn, onCall) { this._once.set(onCall ?? this.calls.length, fn); }
  resetCalls() { this.calls.length = 0; }
  restore() { this._restore?.(); }
}

class MockTracker {
  constructor() {
    this._mocks = [];
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    const context = new MockFunctionContext(implementation);
    const mocked = function(...args) {
      const impl = context._once.get(context.calls.length) ?? context._implementation;
      context._once.delete(context.calls.length);
      const call = { arguments: args, error: undefined, result: undefined, stack: new Error(), target: new.target, this: this };
      context.calls.push(call);
      try {
        call.result = new.target ? Reflect.construct(impl, args, new.target) : impl.apply(this, args);
        return call.result;
      } catch (err) {
        call.error = err;
        throw err;
      }
    };
    Object.defineProperty(mocked, 'mock', { value: context, enumerable: false });
    Object.defineProperty(mocked, 'name', { value: original.name });
    Object.defineProperty(mocked, 'length', { value: original.length });
    void options;
    this._mocks.push(context);
    return mocked;
  }

  method(object, methodName, implementation, options) {
    const descriptor = Object.getOwnPropertyDescriptor(object, methodName);
    const original = object[methodName];
    if (typeof original !== 'function') throw new TypeError(`${String(methodName)} is not a method`);
    const mocked = this.fn(original, typeof implementation === 'function' ? implementation : original, options);
    mocked.mock._restore = () => {
      if (descriptor) Object.defineProperty(object, methodName, descriptor);
      else delete object[methodName];
    };
    Object.defineProperty(object, methodName, { value: mocked, writable: true, configurable: true, enumerable: descriptor?.enumerable ?? false });
    return mocked;
  }

  get timers() {
    return common.skip('mock.timers is not in nano\'s node:test');
  }

  reset() {
    this.restoreAll();
    this._mocks.length = 0;
  }

  restoreAll() {
    for (const m of this._mocks) m.restore();
  }
}

const mock = new MockTracker();

variants(test);
variants(describe);
const it = test;
const suite = describe;

module.exports = test;
module.exports.test = test;
module.exports.it = it;
module.exports.describe = describe;
module.exports.suite = suite;
module.exports.before = hook('before');
module.exports.after = hook('after');
module.exports.beforeEach = hook('beforeEach');
module.exports.afterEach = hook('afterEach');
module.exports.mock = mock;
module.exports.run = () => common.skip('node:test run() is not in nano\'s node:test');
