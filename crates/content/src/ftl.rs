//! Fluent (`.ftl`) message catalogues compiled at build time.
//!
//! Parsing Fluent in the browser would cost bytes and start-up time on a cheap phone, so each
//! locale's files are parsed here and every message becomes a small pattern of text, variables and
//! select expressions. Terms (`-wco`) and message references are inlined, so the app's formatter
//! only substitutes variables and picks variants.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast;
use fluent_syntax::parser;

use crate::diag::{Diagnostics, SourceFile};
use crate::model::{Message, Part, Pattern};

/// A compiled message and where it was written.
#[derive(Debug, Clone)]
pub struct Located {
    pub message: Message,
    pub file: PathBuf,
    pub line: usize,
    /// Variables the message (value and attributes) uses.
    pub vars: BTreeSet<String>,
}

/// One locale's messages, by id.
pub type Catalogue = BTreeMap<String, Located>;

type AstPattern = ast::Pattern<String>;

struct Entries {
    messages: BTreeMap<String, (ast::Message<String>, PathBuf, usize)>,
    terms: BTreeMap<String, (ast::Term<String>, PathBuf, usize)>,
}

pub fn compile_locale(files: &[SourceFile], diags: &mut Diagnostics) -> Catalogue {
    let mut entries = Entries { messages: BTreeMap::new(), terms: BTreeMap::new() };
    for file in files {
        // How many times each id has appeared so far in this file, to find its line.
        let mut seen_here: BTreeMap<String, usize> = BTreeMap::new();
        let mut nth = |id: &str| {
            let n = seen_here.entry(id.to_string()).or_insert(0);
            *n += 1;
            *n - 1
        };
        let resource = match parser::parse(file.text.clone()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    diags.push(
                        &file.path,
                        file.line_of(e.pos.start),
                        format!("Fluent syntax error: {}", e.kind),
                    );
                }
                r
            }
        };
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let id = m.id.name.clone();
                    let line = file.line_of_entry(&id, nth(&id));
                    if let Some((_, other, other_line)) = entries.messages.get(&id) {
                        diags.push(
                            &file.path,
                            line,
                            format!(
                                "message `{id}` is defined twice (first at {}:{other_line})",
                                other.display()
                            ),
                        );
                        continue;
                    }
                    entries.messages.insert(id, (m, file.path.clone(), line));
                }
                ast::Entry::Term(t) => {
                    let id = t.id.name.clone();
                    let dashed = format!("-{id}");
                    let line = file.line_of_entry(&dashed, nth(&dashed));
                    if let Some((_, other, other_line)) = entries.terms.get(&id) {
                        diags.push(
                            &file.path,
                            line,
                            format!(
                                "term `-{id}` is defined twice (first at {}:{other_line})",
                                other.display()
                            ),
                        );
                        continue;
                    }
                    entries.terms.insert(id, (t, file.path.clone(), line));
                }
                _ => {}
            }
        }
    }

    let mut out = Catalogue::new();
    for (id, (m, file, line)) in &entries.messages {
        let mut cx = Cx { entries: &entries, errors: Vec::new(), vars: BTreeSet::new(), depth: 0 };
        let value = m.value.as_ref().map(|p| cx.pattern(p));
        let attributes = m.attributes.iter().map(|a| (a.id.name.clone(), cx.pattern(&a.value))).collect();
        for e in cx.errors {
            diags.push(file, *line, format!("message `{id}`: {e}"));
        }
        out.insert(
            id.clone(),
            Located {
                message: Message { value, attributes },
                file: file.clone(),
                line: *line,
                vars: cx.vars,
            },
        );
    }
    out
}

struct Cx<'a> {
    entries: &'a Entries,
    errors: Vec<String>,
    vars: BTreeSet<String>,
    depth: usize,
}

impl Cx<'_> {
    fn pattern(&mut self, p: &AstPattern) -> Pattern {
        let mut out: Pattern = Vec::new();
        for el in &p.elements {
            match el {
                ast::PatternElement::TextElement { value } => push_text(&mut out, value),
                ast::PatternElement::Placeable { expression } => self.expression(expression, &mut out),
            }
        }
        out
    }

    fn expression(&mut self, e: &ast::Expression<String>, out: &mut Pattern) {
        match e {
            ast::Expression::Inline(inline) => self.inline(inline, out),
            ast::Expression::Select { selector, variants } => {
                let ast::InlineExpression::VariableReference { id } = selector else {
                    self.errors.push("a select expression must choose on a variable ($name)".into());
                    return;
                };
                self.vars.insert(id.name.clone());
                let default = variants.iter().position(|v| v.default).unwrap_or(0);
                let variants = variants
                    .iter()
                    .map(|v| {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name.clone(),
                            ast::VariantKey::NumberLiteral { value } => value.clone(),
                        };
                        (key, self.pattern(&v.value))
                    })
                    .collect();
                out.push(Part::Select { var: id.name.clone(), variants, default });
            }
        }
    }

    fn inline(&mut self, e: &ast::InlineExpression<String>, out: &mut Pattern) {
        match e {
            ast::InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
            ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
            ast::InlineExpression::VariableReference { id } => {
                self.vars.insert(id.name.clone());
                out.push(Part::Var(id.name.clone()));
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, out),
            ast::InlineExpression::FunctionReference { id, .. } => {
                self.errors.push(format!("functions such as {}() are not supported", id.name));
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                let Some((m, _, _)) = self.entries.messages.get(&id.name) else {
                    self.errors.push(format!("refers to message `{}`, which does not exist", id.name));
                    return;
                };
                let p = match attribute {
                    Some(a) => m.attributes.iter().find(|x| x.id.name == a.name).map(|x| &x.value),
                    None => m.value.as_ref(),
                };
                self.nested(p, &id.name, out);
            }
            ast::InlineExpression::TermReference { id, attribute, arguments } => {
                if arguments.is_some() {
                    self.errors.push(format!(
                        "term `-{}` is called with arguments, which is not supported",
                        id.name
                    ));
                }
                let Some((t, _, _)) = self.entries.terms.get(&id.name) else {
                    self.errors.push(format!("refers to term `-{}`, which does not exist", id.name));
                    return;
                };
                let p = match attribute {
                    Some(a) => t.attributes.iter().find(|x| x.id.name == a.name).map(|x| &x.value),
                    None => Some(&t.value),
                };
                self.nested(p, &format!("-{}", id.name), out);
            }
        }
    }

    fn nested(&mut self, p: Option<&AstPattern>, name: &str, out: &mut Pattern) {
        let Some(p) = p else {
            self.errors.push(format!("refers to `{name}`, which has no such value or attribute"));
            return;
        };
        if self.depth > 16 {
            self.errors.push(format!("references loop through `{name}`"));
            return;
        }
        self.depth += 1;
        for part in self.pattern(p) {
            match part {
                Part::Text(t) => push_text(out, &t),
                other => out.push(other),
            }
        }
        self.depth -= 1;
    }
}

fn push_text(out: &mut Pattern, text: &str) {
    if let Some(Part::Text(prev)) = out.last_mut() {
        prev.push_str(text);
    } else if !text.is_empty() {
        out.push(Part::Text(text.to_string()));
    }
}

/// Fluent string literals may escape `\"`, `\\` and `\uXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
