//! Where a module's code came from: the source map of TypeScript nano made
//! JavaScript, or one a bundle carries (`//# sourceMappingURL=`, inline as a
//! `data:` URL or a `.map` file beside the module). Errors and stack traces
//! name the original file, line and column through it.

use base64::Engine;

/// Positions in a module's code back to the sources they came from.
#[derive(Debug, Default)]
pub(crate) struct PositionMap {
    /// The original files, as graph paths (None: the module itself).
    sources: Vec<Option<String>>,
    /// (generated line, generated column, source, original line, original
    /// column), 0-based, sorted by generated position.
    tokens: Vec<(u32, u32, u32, u32, u32)>,
}

impl PositionMap {
    /// A map of the module's own positions (TypeScript made JavaScript):
    /// (generated line, generated column, original line, original column).
    pub(crate) fn own(tokens: impl Iterator<Item = (u32, u32, u32, u32)>) -> PositionMap {
        let mut tokens: Vec<_> = tokens.map(|(gl, gc, ol, oc)| (gl, gc, 0, ol, oc)).collect();
        tokens.sort_unstable();
        PositionMap { sources: vec![None], tokens }
    }

    /// The map a bundle's source map (JSON) gives, its sources named as
    /// paths from `dir` (the bundle's directory) when they stay in the
    /// project, else as written.
    pub(crate) fn from_source_map(json: &str, dir: &str) -> Option<PositionMap> {
        let map = oxc_sourcemap::SourceMap::from_json_string(json).ok()?;
        let root = map.get_source_root().unwrap_or("").to_string();
        let sources = map
            .get_sources()
            .map(|s| {
                let written = format!("{root}{s}");
                let path = written.strip_prefix("file://").unwrap_or(&written);
                Some(
                    super::resolve::join_path(dir, path)
                        .unwrap_or_else(|| path.trim_start_matches("./").to_string()),
                )
            })
            .collect();
        let mut tokens: Vec<_> = map
            .get_tokens()
            .filter_map(|t| {
                Some((
                    t.get_dst_line(),
                    t.get_dst_col(),
                    t.get_source_id()?,
                    t.get_src_line(),
                    t.get_src_col(),
                ))
            })
            .collect();
        tokens.sort_unstable();
        Some(PositionMap { sources, tokens })
    }

    /// The source (None: the module itself) and 1-based (line, column) of
    /// the module's `line`:`column` (1-based): the nearest mapped position
    /// at or before it.
    pub(crate) fn original(&self, line: u32, column: u32) -> Option<(Option<&str>, u32, u32)> {
        let key = (line.checked_sub(1)?, column.saturating_sub(1));
        let i = self.tokens.partition_point(|t| (t.0, t.1) <= key);
        let t = self.tokens.get(i.checked_sub(1)?)?;
        let source = self.sources.get(t.2 as usize)?.as_deref();
        // A token on an earlier line maps the start of this one only
        // roughly: keep its line, the column from the line's start.
        if t.0 == key.0 {
            Some((source, t.3 + 1, t.4 + (key.1 - t.1) + 1))
        } else {
            Some((source, t.3 + 1, 1))
        }
    }
}

/// The source map `code` names in its last `//# sourceMappingURL=` comment:
/// inline (`data:...;base64,`), or a file read through `read` (its path
/// from the module's directory).
pub(crate) fn linked_source_map(code: &str, read: impl Fn(&str) -> Option<Vec<u8>>) -> Option<String> {
    let at = code.rfind("//# sourceMappingURL=").or_else(|| code.rfind("//@ sourceMappingURL="))?;
    let url = code[at + "//# sourceMappingURL=".len()..].lines().next()?.trim();
    if let Some(data) = url.strip_prefix("data:") {
        let (meta, payload) = data.split_once(',')?;
        let bytes = if meta.ends_with(";base64") {
            base64::engine::general_purpose::STANDARD.decode(payload).ok()?
        } else {
            payload.as_bytes().to_vec()
        };
        return String::from_utf8(bytes).ok();
    }
    if url.contains("://") {
        return None;
    }
    String::from_utf8(read(url)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    // A bundle of src/a.ts (two lines) into out.js, lines shifted by one:
    // out.js line 2 <- src/a.ts line 1, line 3 <- line 2.
    const MAP: &str = r#"{"version":3,"sources":["../src/a.ts"],"names":[],"mappings":";AAAA;AACA"}"#;

    #[test]
    fn a_bundles_map_names_the_original_file_and_line() {
        let map = PositionMap::from_source_map(MAP, "dist").unwrap();
        assert_eq!(map.original(3, 1), Some((Some("src/a.ts"), 2, 1)));
        assert_eq!(map.original(2, 5), Some((Some("src/a.ts"), 1, 5)));
    }

    #[test]
    fn maps_are_found_inline_or_beside_the_module() {
        let inline = format!(
            "x();\n//# sourceMappingURL=data:application/json;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(MAP)
        );
        assert_eq!(linked_source_map(&inline, |_| None).as_deref(), Some(MAP));
        let beside = "x();\n//# sourceMappingURL=out.js.map\n";
        let read = |p: &str| (p == "out.js.map").then(|| MAP.as_bytes().to_vec());
        assert_eq!(linked_source_map(beside, read).as_deref(), Some(MAP));
        assert_eq!(linked_source_map("x();", |_| None), None);
    }
}
