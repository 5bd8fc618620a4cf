//! A room per concept, kept: this test reads the SDK's sources and fails when a hand-written
//! file grows past [`MAX_LINES`], or when the modules' imports close a circle other than the
//! natural one of the `Codex` handle and its thread and turn types ([`NATURAL_CIRCLE`]).

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use support::sources::{rust_files, sdk_src as src};
use syn::visit::Visit;

/// The most lines a hand-written source file may have.
const MAX_LINES: usize = 600;

/// The one circle allowed: a `Codex` makes threads and turns, and they hold their `Codex`.
const NATURAL_CIRCLE: &[&str] = &["client", "thread", "turn"];

fn sources() -> Vec<(PathBuf, String)> {
    rust_files(&src())
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            (path, text)
        })
        .collect()
}

/// The module a file is (the top-level one for a folder's files: `blocking/turn.rs` is part
/// of `blocking`); a generated file is the module it is declared as, named after it.
fn module_of(path: &Path) -> String {
    let rel = path.strip_prefix(src()).expect("under src/");
    let first = rel.components().next().expect("a file");
    let first = first.as_os_str().to_string_lossy();
    if first == "generated" {
        return rel
            .file_stem()
            .expect("a name")
            .to_string_lossy()
            .into_owned();
    }
    first.trim_end_matches(".rs").to_owned()
}

/// The names `lib.rs` re-exports at the root, and the module each comes from.
fn root_reexports(lib: &syn::File) -> BTreeMap<String, String> {
    fn walk(tree: &syn::UseTree, module: Option<&str>, out: &mut BTreeMap<String, String>) {
        match tree {
            syn::UseTree::Path(path) => {
                let first = path.ident.to_string();
                walk(&path.tree, Some(module.unwrap_or(&first)), out);
            }
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    walk(tree, module, out);
                }
            }
            syn::UseTree::Name(name) => {
                if let Some(module) = module {
                    out.insert(name.ident.to_string(), module.to_owned());
                }
            }
            syn::UseTree::Rename(rename) => {
                if let Some(module) = module {
                    out.insert(rename.rename.to_string(), module.to_owned());
                }
            }
            syn::UseTree::Glob(_) => {}
        }
    }
    let mut out = BTreeMap::new();
    for item in &lib.items {
        if let syn::Item::Use(used) = item {
            walk(&used.tree, None, &mut out);
        }
    }
    out
}

/// The first name after `crate::` of every path and `use` in a file (docs are not code).
#[derive(Default)]
struct CrateNames(BTreeSet<String>);

impl CrateNames {
    fn use_tree(&mut self, tree: &syn::UseTree, after_crate: bool) {
        match tree {
            syn::UseTree::Path(path) if after_crate => {
                self.0.insert(path.ident.to_string());
            }
            syn::UseTree::Path(path) => self.use_tree(&path.tree, path.ident == "crate"),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(tree, after_crate);
                }
            }
            syn::UseTree::Name(name) if after_crate => {
                self.0.insert(name.ident.to_string());
            }
            syn::UseTree::Rename(rename) if after_crate => {
                self.0.insert(rename.ident.to_string());
            }
            _ => {}
        }
    }
}

impl<'ast> Visit<'ast> for CrateNames {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let mut segments = path.segments.iter();
        if let (Some(first), Some(second)) = (segments.next(), segments.next())
            && first.ident == "crate"
        {
            self.0.insert(second.ident.to_string());
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, used: &'ast syn::ItemUse) {
        self.use_tree(&used.tree, false);
    }

    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        // Unit tests may reach anywhere.
        let is_test = module.attrs.iter().any(|attr| {
            attr.path().is_ident("cfg")
                && attr
                    .parse_args::<syn::Ident>()
                    .is_ok_and(|ident| ident == "test")
        });
        if !is_test {
            syn::visit::visit_item_mod(self, module);
        }
    }
}

/// Which modules each module imports.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<String> = files.iter().map(|(path, _)| module_of(path)).collect();
    let lib = files
        .iter()
        .find(|(path, _)| path.ends_with("src/lib.rs"))
        .map(|(_, text)| syn::parse_file(text).expect("lib.rs parses"))
        .expect("src/lib.rs");
    let reexports = root_reexports(&lib);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let module = module_of(path);
        if module == "lib" {
            continue;
        }
        let parsed = syn::parse_file(text).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let mut names = CrateNames::default();
        names.visit_file(&parsed);
        let edges = graph.entry(module.clone()).or_default();
        for name in names.0 {
            let target = if modules.contains(&name) {
                Some(name)
            } else {
                reexports.get(&name).cloned()
            };
            if let Some(target) = target.filter(|target| *target != module) {
                edges.insert(target);
            }
        }
    }
    graph
}

/// The circles of `graph`: its strongly connected components of more than one module.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<BTreeSet<String>> {
    let reaches = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_owned()];
        while let Some(module) = todo.pop() {
            for next in graph.get(&module).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reach: BTreeMap<&String, BTreeSet<String>> = graph
        .keys()
        .map(|module| (module, reaches(module)))
        .collect();
    let mut found: Vec<BTreeSet<String>> = Vec::new();
    for (module, reached) in &reach {
        if !reached.contains(*module) {
            continue;
        }
        let circle: BTreeSet<String> = reached
            .iter()
            .filter(|other| reach.get(other).is_some_and(|back| back.contains(*module)))
            .cloned()
            .collect();
        if !found.contains(&circle) {
            found.push(circle);
        }
    }
    found
}

#[test]
fn no_hand_written_file_is_over_the_limit() {
    let too_long: Vec<String> = sources()
        .into_iter()
        .filter(|(path, _)| !path.components().any(|c| c.as_os_str() == "generated"))
        .filter_map(|(path, text)| {
            let lines = text.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(
        too_long.is_empty(),
        "hand-written files over {MAX_LINES} lines (split them by concept): {}",
        too_long.join(", ")
    );
}

#[test]
fn the_only_import_circle_is_the_codex_handle_with_its_threads_and_turns() {
    let graph = import_graph();
    let natural: BTreeSet<String> = NATURAL_CIRCLE.iter().map(|m| (*m).to_owned()).collect();
    for circle in circles(&graph) {
        let edges: Vec<String> = circle
            .iter()
            .flat_map(|from| {
                graph
                    .get(from)
                    .into_iter()
                    .flatten()
                    .filter(|to| circle.contains(*to))
                    .map(move |to| format!("{from} -> {to}"))
            })
            .collect();
        assert!(
            circle.is_subset(&natural),
            "an import circle other than the Codex handle's ({NATURAL_CIRCLE:?}): {}; move the \
             type it closes through into the file of its concept",
            edges.join(", ")
        );
    }
}

#[test]
fn the_circle_check_sees_a_circle() {
    // The check itself: a graph with a circle outside the natural one is caught.
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("a".into());
    graph.entry("c".into()).or_default().insert("a".into());
    let found = circles(&graph);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0], BTreeSet::from(["a".to_owned(), "b".to_owned()]));
    // And the real graph has the natural circle, so the reading of imports works.
    let real = circles(&import_graph());
    assert!(
        real.iter()
            .any(|circle| circle.contains("client") && circle.contains("turn")),
        "{real:?}"
    );
}
