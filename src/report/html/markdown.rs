//! Markdown to HTML for the report, escaping by construction: the text is parsed
//! into a small tree of known elements and printed through maud, so every piece
//! of article text goes out escaped. Raw HTML in the Markdown is shown as text;
//! links keep their target only with the http, https and mailto schemes (any
//! other target is shown as text beside the link's words); images load nothing,
//! their description is shown instead.

use super::visible;
use maud::{html, Markup};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The elements a rendered paragraph may hold.
#[derive(Debug, Clone, PartialEq)]
enum El {
    Para,
    Heading(u8),
    Quote,
    Pre,
    List(Option<u64>),
    Item,
    Em,
    Strong,
    Del,
    Link(String),
    UnsafeLink(String),
    Image(String),
    Table,
    Row,
    Cell,
    RawBlock,
    Other,
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Elem(El, Vec<Node>),
    Text(String),
    Code(String),
    Raw(String),
    Break,
    Rule,
}

/// Whether a link target may be followed: http, https and mailto only.
pub fn safe_link(dest: &str) -> bool {
    let d = dest.trim_start().to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| d.starts_with(scheme))
        && !d.chars().any(|c| c.is_control())
}

/// Renders a piece of Markdown (a paragraph's lines). Headings are shifted down
/// by `shift` levels so that they sit below the page's own headings.
pub fn render(source: &str, shift: u8) -> Markup {
    let nodes = parse(source, shift);
    nodes_html(&nodes)
}

fn parse(source: &str, shift: u8) -> Vec<Node> {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut stack: Vec<(El, Vec<Node>)> = vec![(El::Other, Vec::new())];
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(tag) => {
                let el = match tag {
                    Tag::Paragraph => El::Para,
                    Tag::Heading { level, .. } => El::Heading((level as u8 + shift).min(6)),
                    Tag::BlockQuote(_) => El::Quote,
                    Tag::CodeBlock(_) => El::Pre,
                    Tag::HtmlBlock => El::RawBlock,
                    Tag::List(start) => El::List(start),
                    Tag::Item => El::Item,
                    Tag::Emphasis => El::Em,
                    Tag::Strong => El::Strong,
                    Tag::Strikethrough => El::Del,
                    Tag::Link { dest_url, .. } if safe_link(&dest_url) => {
                        El::Link(dest_url.to_string())
                    }
                    Tag::Link { dest_url, .. } => El::UnsafeLink(dest_url.to_string()),
                    Tag::Image { dest_url, .. } => El::Image(dest_url.to_string()),
                    Tag::Table(_) => El::Table,
                    Tag::TableHead | Tag::TableRow => El::Row,
                    Tag::TableCell => El::Cell,
                    _ => El::Other,
                };
                stack.push((el, Vec::new()));
            }
            Event::End(end) => {
                if stack.len() > 1 {
                    let (el, children) = stack.pop().unwrap_or((El::Other, Vec::new()));
                    let _: TagEnd = end;
                    push(&mut stack, Node::Elem(el, children));
                }
            }
            Event::Text(t) => push(&mut stack, Node::Text(t.to_string())),
            Event::Code(t) => push(&mut stack, Node::Code(t.to_string())),
            Event::Html(t) | Event::InlineHtml(t) => push(&mut stack, Node::Raw(t.to_string())),
            Event::SoftBreak => push(&mut stack, Node::Text("\n".into())),
            Event::HardBreak => push(&mut stack, Node::Break),
            Event::Rule => push(&mut stack, Node::Rule),
            Event::FootnoteReference(t) => push(&mut stack, Node::Text(format!("[^{t}]"))),
            Event::TaskListMarker(done) => push(
                &mut stack,
                Node::Text(if done { "☑ " } else { "☐ " }.into()),
            ),
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                push(&mut stack, Node::Code(t.to_string()))
            }
        }
    }
    // Unbalanced input cannot happen with pulldown-cmark, but nothing is lost if it did.
    while stack.len() > 1 {
        let (el, children) = stack.pop().unwrap_or((El::Other, Vec::new()));
        push(&mut stack, Node::Elem(el, children));
    }
    stack.pop().map(|(_, nodes)| nodes).unwrap_or_default()
}

fn push(stack: &mut [(El, Vec<Node>)], node: Node) {
    if let Some((_, children)) = stack.last_mut() {
        children.push(node);
    }
}

fn nodes_html(nodes: &[Node]) -> Markup {
    html! { @for n in nodes { (node_html(n)) } }
}

fn node_html(node: &Node) -> Markup {
    match node {
        Node::Text(t) => html! { (visible(t)) },
        Node::Code(t) => html! { code { (visible(t)) } },
        Node::Raw(t) => html! { code class="raw-html" { (visible(t)) } },
        Node::Break => html! { br; },
        Node::Rule => html! { hr; },
        Node::Elem(el, children) => {
            let inner = nodes_html(children);
            match el {
                El::Para => html! { p { (inner) } },
                El::Heading(1) => html! { h1 { (inner) } },
                El::Heading(2) => html! { h2 { (inner) } },
                El::Heading(3) => html! { h3 { (inner) } },
                El::Heading(4) => html! { h4 { (inner) } },
                El::Heading(5) => html! { h5 { (inner) } },
                El::Heading(_) => html! { h6 { (inner) } },
                El::Quote => html! { blockquote { (inner) } },
                El::Pre => html! { pre { code { (inner) } } },
                El::RawBlock => html! { pre class="raw-html" { (inner) } },
                El::List(None) => html! { ul { (inner) } },
                El::List(Some(start)) => html! { ol start=(start) { (inner) } },
                El::Item => html! { li { (inner) } },
                El::Em => html! { em { (inner) } },
                El::Strong => html! { strong { (inner) } },
                El::Del => html! { del { (inner) } },
                El::Link(dest) => html! { a href=(dest) rel="noopener noreferrer" { (inner) } },
                El::UnsafeLink(dest) => html! {
                    span class="unsafe-link" { (inner) " " code { "(" (dest) ")" } }
                },
                El::Image(dest) => html! {
                    span class="image" { "[" (inner) "] " code { "(" (dest) ")" } }
                },
                El::Table => html! { table class="md-table" { tbody { (inner) } } },
                El::Row => html! { tr { (inner) } },
                El::Cell => html! { td { (inner) } },
                El::Other => inner,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_rendered_and_hostile_text_is_escaped() {
        let out = render(
            "## Заголовок\n\n*Алматы* **2026** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://example.org/a?b=1&c=2)\n\n<div onclick=x>raw</div>\n",
            2,
        )
        .into_string();
        assert!(out.contains("<h4>Заголовок</h4>"), "{out}");
        assert!(out.contains("<em>Алматы</em>"), "{out}");
        assert!(out.contains("<strong>2026</strong>"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(!out.contains("<script"), "{out}");
        assert!(!out.contains("href=\"javascript"), "{out}");
        assert!(out.contains("(javascript:alert(1))"), "{out}");
        assert!(
            out.contains("href=\"https://example.org/a?b=1&amp;c=2\""),
            "{out}"
        );
        assert!(
            out.contains("&lt;div onclick=x&gt;raw&lt;/div&gt;"),
            "{out}"
        );
        assert!(!out.contains("<div"), "{out}");
    }

    #[test]
    fn only_web_and_mail_links_are_safe() {
        assert!(safe_link("https://kaz.tengrinews.kz/"));
        assert!(safe_link("mailto:desk@example.org"));
        assert!(!safe_link("javascript:alert(1)"));
        assert!(!safe_link("JaVaScRiPt:alert(1)"));
        assert!(!safe_link("data:text/html,<script>"));
        assert!(!safe_link("vbscript:x"));
        assert!(!safe_link("../../etc/passwd"));
    }
}
