//! Every page of every language rendered with Yew's server renderer into the page template, with
//! the messages it was rendered from inline.

use std::path::Path;
use std::{env, fs};

use crate::fail;
use crate::minify::escape_html;

/// The site's address, if the build was told it (`KYR_SITE_URL`): a plain `https://` address,
/// or the build stops.
fn site_setting() -> Option<String> {
    let site = env::var("KYR_SITE_URL").ok().filter(|s| !s.is_empty())?;
    let plain =
        site.starts_with("https://") && !site.contains(|c: char| c.is_whitespace() || "\"'<>\\`".contains(c));
    if !plain {
        fail(&format!("KYR_SITE_URL must be a plain https:// address, not {site:?}"));
    }
    Some(site.trim_end_matches('/').to_string())
}

/// The subresource integrity value of the file at `path` under `dist` (`sha384-…`), so a page
/// runs its script only as it was built, wherever the file is served from.
pub(crate) fn integrity(dist: &Path, path: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    let file = dist.join(path.trim_start_matches('/'));
    let bytes = fs::read(&file).unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", file.display())));
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&bytes)))
}

/// The sitemap search engines read: every page of the site (`paths`) at the site's address.
/// Written only when the build knows that address (`KYR_SITE_URL`): a sitemap needs full
/// addresses, and the site must not guess a domain.
pub(crate) fn sitemap(site: &str, paths: &[String]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for p in paths {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", escape_html(&format!("{site}{p}"))));
    }
    out.push_str("</urlset>\n");
    out
}

/// The text between `start` and the next `end` after it, with tags removed and entities decoded.
fn text_between(html: &str, start: &str, end: &str) -> Option<String> {
    let from = html.find(start)? + start.len();
    let to = from + html[from..].find(end)?;
    let mut text = String::new();
    let mut in_tag = false;
    for c in html[from..to].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    Some(text.replace("&amp;", "&").split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The page template without what only the app uses: the announcer, the load-error and crash
/// texts.
fn template_without_app(template: &str) -> String {
    template
        .lines()
        .filter(|l| {
            !["id=\"announcer\"", "id=\"load-error\"", "id=\"crash\""].iter().any(|id| l.contains(id))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page's body with its `<div id="app">` marked for the boot module and the app: the one
/// `Layout` draws inside `<main>` (the frame around it is the page's own), or one around the whole
/// body on a page without `Layout` (the language choice, embed pages).
fn app_root(body: &str, kind: Kind) -> String {
    let mark = match kind {
        Kind::App => " data-prerendered",
        Kind::Static | Kind::Quiz => " data-static",
        _ => "",
    };
    const ROOT: &str = "<div id=\"app\">";
    if body.contains(ROOT) {
        body.replacen(ROOT, &format!("<div id=\"app\"{mark}>"), 1)
    } else {
        format!("<div id=\"app\"{mark}>{body}</div>")
    }
}

/// What kind of page `fill` writes.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// One of the app's pages, which the app takes over in place.
    App,
    /// A page the app does not draw (`Route::in_app`): the site's frame and the boot module's
    /// page script (`js/site.js`), no messages, no WebAssembly (`#app[data-static]`).
    Static,
    /// The not-found page, which the app draws afresh.
    NotFound,
    /// An embed page (`/embed/…`), which runs no WebAssembly: no messages, its own small script,
    /// links out of the walk open in a new tab, and search engines index the site's own page
    /// instead.
    Embed,
    /// The embed code page (`/<lang>/embed`): the site's frame, its own script, no WebAssembly.
    CodePage,
    /// The phone quiz (`/<lang>/quiz`, `src/trainer.rs`): a page the app does not draw, in the
    /// site's frame, with its own script besides the page script.
    Quiz,
    /// A presenter view's deck (`/<lang>/present/<situation>`, `src/trainer.rs`): no frame, its
    /// own stylesheet and script, no WebAssembly, not for search engines.
    Deck,
}

/// Renders component `C` with `props` on this thread (Yew's local renderer, so the recording sees
/// every lookup): the page, and the messages it looked up.
fn render_with<C: yew::BaseComponent>(
    runtime: &tokio::runtime::Runtime,
    props: C::Properties,
) -> (String, Vec<kyr_chicago::i18n::Lookup>) {
    kyr_chicago::i18n::start_recording();
    let html = tokio::task::LocalSet::new()
        .block_on(runtime, async move { yew::LocalServerRenderer::<C>::with_props(props).render().await });
    (html, kyr_chicago::i18n::take_recording())
}

/// Writes the page at `path` to `dist/<path>/index.html`.
fn write_page(dist: &Path, path: &str, html: &str) {
    let file = dist.join(path.trim_start_matches('/')).join("index.html");
    fs::create_dir_all(file.parent().expect("a folder")).expect("create a page folder");
    fs::write(&file, html).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", file.display())));
}

/// The stylesheets: the site's, and the presenter view's (only its decks load it).
pub(crate) struct Styles {
    pub site: String,
    pub present: String,
}

/// Renders every page of every language with Yew's server renderer into its own
/// `dist/<path>/index.html`, and `dist/404.html` for addresses that match no page.
pub(crate) fn prerender(
    dist: &Path,
    source: &kyr_content::Content,
    template: &str,
    styles: &Styles,
    boot: &str,
) {
    use kyr_chicago::content::{self, msg};
    use kyr_chicago::i18n::I18n;

    // Canonical and alternate-language links are full addresses when the build knows the site's
    // address, and relative otherwise (never a made-up domain).
    let site_setting = site_setting();
    let site = site_setting.clone().unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let render =
        |path: String| render_with::<kyr_chicago::ServerApp>(&runtime, kyr_chicago::ServerAppProps { path });
    let paths = kyr_chicago::app::all_paths();
    // The app's pages in two passes: the frame around an empty `<div id="app">`, then what the
    // app draws, put into it. The root then holds exactly the markup (and Yew's hydration marks)
    // the app takes over, and the page carries only the messages the app looks up.
    // (What the frames look up is drawn ahead of time too: no page needs it inline.)
    let in_frames = std::cell::RefCell::new(std::collections::BTreeSet::new());
    let pages: Vec<(String, Vec<_>)> = paths
        .iter()
        .map(|p| {
            if !kyr_chicago::Route::parse(p).in_app() {
                return render(p.clone());
            }
            use kyr_chicago::components::{draw_part, LayoutPart};
            draw_part(LayoutPart::Frame);
            let (frame, frame_used) = render(p.clone());
            in_frames.borrow_mut().extend(frame_used.iter().map(|(_, id, _)| *id));
            draw_part(LayoutPart::Inside);
            let (inside, used) = render(p.clone());
            draw_part(LayoutPart::Whole);
            const ROOT: &str = "<div id=\"app\"></div>";
            if frame.matches(ROOT).count() != 1 {
                fail(&format!("{p}: the frame has no single empty <div id=\"app\">"));
            }
            (frame.replacen(ROOT, &format!("<div id=\"app\">{inside}</div>"), 1), used)
        })
        .collect();
    // The embed code page in every language (`src/embed.rs`); its messages are its own.
    let code_paths = kyr_chicago::embed::code_page_paths();
    let code_pages: Vec<(String, Vec<_>)> = code_paths
        .iter()
        .map(|path| {
            let props =
                kyr_chicago::embed::CodePageAppProps { path: path.clone(), site: site_setting.clone() };
            render_with::<kyr_chicago::embed::CodePageApp>(&runtime, props)
        })
        .collect();
    // The presenter view's decks (`src/trainer.rs`): the QR codes need the site's address.
    let deck_paths = kyr_chicago::trainer::deck_paths();
    let decks: Vec<(String, Vec<_>)> = deck_paths
        .iter()
        .map(|path| {
            let props = kyr_chicago::trainer::DeckAppProps { path: path.clone(), site: site_setting.clone() };
            render_with::<kyr_chicago::trainer::DeckApp>(&runtime, props)
        })
        .collect();
    // The phone quiz in every language.
    let quiz_paths = kyr_chicago::trainer::quiz_paths();
    let quizzes: Vec<(String, Vec<_>)> = quiz_paths
        .iter()
        .map(|path| {
            let props = kyr_chicago::trainer::QuizAppProps { path: path.clone() };
            render_with::<kyr_chicago::trainer::QuizApp>(&runtime, props)
        })
        .collect();
    // (And the texts every page's template carries itself: the app never looks them up.)
    let in_template = [msg::LOAD_ERROR, msg::CRASH_TITLE, msg::CRASH_TEXT, msg::CRASH_RELOAD];
    let pre_rendered_somewhere: std::collections::BTreeSet<&str> = pages
        .iter()
        .chain(&code_pages)
        .chain(&decks)
        .chain(&quizzes)
        .flat_map(|(_, used)| used.iter().map(|(_, id, _)| *id))
        .chain(in_template)
        .chain(in_frames.into_inner())
        .collect();
    let (boot_sri, frame_sri) = (integrity(dist, boot), integrity(dist, "/embed-frame.js"));
    let (builder_sri, loader_sri) = (integrity(dist, "/embed-builder.js"), integrity(dist, "/embed.js"));
    let (present_sri, quiz_sri) = (integrity(dist, "/present.js"), integrity(dist, "/quiz.js"));
    let fill = |path: &str, body: &str, used: &[kyr_chicago::i18n::Lookup], kind: Kind| -> String {
        let prerendered = kind == Kind::App;
        let embed = kind == Kind::Embed;
        let deck = kind == Kind::Deck;
        let path = if embed { path.strip_prefix("/embed").unwrap_or(path) } else { path };
        let locale = path
            .split('/')
            .find(|s| !s.is_empty())
            .and_then(content::locale)
            .unwrap_or_else(content::default_locale);
        let i18n = I18n::new(locale);
        let title = text_between(body, "data-title=\"", "\"").unwrap_or_else(|| i18n.t(msg::SITE_NAME));
        let description =
            text_between(body, "<p class=\"lead\">", "</p>").unwrap_or_else(|| i18n.t(msg::PAGE_DESCRIPTION));
        // The same page in every language, for search engines and the language picker.
        let mut head = String::new();
        // Canonical and language links only with the site's address: search engines and
        // Lighthouse take a relative one as invalid, and a made-up domain would be wrong.
        if deck {
            head.push_str("  <meta name=\"robots\" content=\"noindex\">\n");
        } else if embed {
            head.push_str("  <base target=\"_blank\">\n  <meta name=\"robots\" content=\"noindex\">\n");
            if site_setting.is_some() {
                head.push_str(&format!("  <link rel=\"canonical\" href=\"{site}{path}\">\n"));
            }
        } else if site_setting.is_some()
            && matches!(kind, Kind::App | Kind::Static | Kind::CodePage | Kind::Quiz)
        {
            head.push_str(&format!("  <link rel=\"canonical\" href=\"{site}{path}\">\n"));
            let rest = path.strip_prefix(&format!("/{}", locale.code)).unwrap_or("");
            if path != "/" {
                for l in content::LOCALES {
                    head.push_str(&format!(
                        "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{site}/{}{rest}\">\n",
                        l.code, l.code
                    ));
                }
                head.push_str(&format!(
                    "  <link rel=\"alternate\" hreflang=\"x-default\" href=\"{site}/\">\n"
                ));
            }
        }
        // The messages the page was rendered from, and the interface messages no page shows
        // until something happens in the browser ("Saving…", "Stop reading"), so the app can
        // take the page over, and answer a tap, without fetching any message first.
        let mut messages = String::new();
        if prerendered {
            let mut locales: Vec<&'static content::Locale> = used.iter().map(|(l, ..)| *l).collect();
            locales.push(locale);
            locales.sort_by_key(|l| content::locale_index(l));
            locales.dedup_by_key(|l| content::locale_index(l));
            for l in locales {
                let shown: Vec<(&str, Option<&str>)> = used
                    .iter()
                    .filter(|(u, ..)| std::ptr::eq(*u, l))
                    .map(|(_, id, attr)| (*id, *attr))
                    .collect();
                let mut whole: Vec<&str> = Vec::new();
                if std::ptr::eq(l, locale) {
                    whole.extend(msg::ALL.iter().filter(|id| !pre_rendered_somewhere.contains(*id)));
                }
                let source = source.locales.iter().find(|s| s.code == l.code).expect("the same locales");
                messages.push_str(&kyr_content::bundle::encode_subset(source, &shown, &whole));
            }
            let lower = messages.to_ascii_lowercase();
            if lower.contains("</script") || lower.contains("<!--") || messages.contains(['\r', '\0']) {
                fail(&format!("{path}: a message holds `</script`, `<!--`, a carriage return or a NUL, which cannot sit inside the page"));
            }
        }
        let messages = if prerendered {
            format!("<script type=\"text/plain\" id=\"kyr-messages\">{messages}</script>")
        } else {
            String::new()
        };
        // The embed code page's script, and the loader, which sizes its preview as on a partner's
        // page.
        if kind == Kind::CodePage {
            head.push_str(&format!(
                "  <script type=\"module\" src=\"/embed-builder.js\" integrity=\"{builder_sri}\"></script>\n  \
                 <script src=\"/embed.js\" integrity=\"{loader_sri}\" async></script>\n"
            ));
        }
        if kind == Kind::Quiz {
            head.push_str(&format!(
                "  <script type=\"module\" src=\"/quiz.js\" integrity=\"{quiz_sri}\"></script>\n"
            ));
        }
        // A page without the app has no announcer and no load-error text (on an embed page the
        // announcer, a 1 px box after the page, would also make the page taller than its content).
        let template = if matches!(kind, Kind::App | Kind::NotFound) {
            template.to_string()
        } else {
            template_without_app(template)
        };
        // The page's script: the boot module (the app, or the page script), or a script of its own.
        let (script, script_sri) = match kind {
            Kind::Deck => ("/present.js", &present_sri),
            Kind::Embed | Kind::CodePage => ("/embed-frame.js", &frame_sri),
            Kind::App | Kind::Static | Kind::NotFound | Kind::Quiz => (boot, &boot_sri),
        };
        template
            .replace("{{messages}}", &messages)
            .replace("{{lang}}", locale.code)
            .replace("{{dir}}", locale.dir.as_str())
            .replace("{{title}}", &escape_html(&title))
            .replace("{{description}}", &escape_html(&description))
            .replace("{{head}}", head.trim_end_matches('\n'))
            .replace("{{style}}", if deck { &styles.present } else { &styles.site })
            .replace("{{boot}}", script)
            .replace("{{boot-integrity}}", script_sri)
            .replace("{{load-error}}", &escape_html(&i18n.t(msg::LOAD_ERROR)))
            .replace(
                "{{crash}}",
                &format!(
                    "<div class=\"wrap crash\" role=\"alert\"><h1>{}</h1><p>{}</p><p><a class=\"button\" href=\"\">{}</a></p></div>",
                    escape_html(&i18n.t(msg::CRASH_TITLE)),
                    escape_html(&i18n.t(msg::CRASH_TEXT)),
                    escape_html(&i18n.t(msg::CRASH_RELOAD))
                ),
            )
            .replace("{{body}}", &app_root(body, kind))
    };
    for (path, (body, used)) in paths.iter().zip(&pages) {
        let kind = if kyr_chicago::Route::parse(path).in_app() { Kind::App } else { Kind::Static };
        write_page(dist, path, &fill(path, body, used, kind));
    }
    // Unknown addresses get the not-found page, which the app then draws afresh (not hydrated:
    // the address may be a scenario link that does not fit, with its own explanation).
    let (body, _) = render("/404".into());
    fs::write(dist.join("404.html"), fill("/404", &body, &[], Kind::NotFound)).expect("write 404.html");
    // And each language's own, for addresses under it that are no page (`/es/nope`): hosts that
    // serve the nearest 404.html (Cloudflare Pages, the development server), or are told to
    // (`_redirects` for Netlify, the nginx and Caddy examples), answer in the right language
    // even without JavaScript.
    let mut redirects =
        String::from("# Written by `cargo run -p xtask -- build`: each language's not-found page.\n");
    for l in kyr_chicago::content::LOCALES {
        let path = format!("/{}/404", l.code);
        let (body, _) = render(path.clone());
        fs::write(dist.join(l.code).join("404.html"), fill(&path, &body, &[], Kind::NotFound))
            .unwrap_or_else(|e| fail(&format!("cannot write {}/404.html: {e}", l.code)));
        redirects.push_str(&format!("/{}/*  /{}/404.html  404\n", l.code, l.code));
    }
    fs::write(dist.join("_redirects"), redirects).expect("write _redirects");
    for (path, (body, _)) in code_paths.iter().zip(&code_pages) {
        write_page(dist, path, &fill(path, body, &[], Kind::CodePage));
    }
    // The embed pages: the walk, without the site's frame (`src/embed.rs`).
    let embed_paths = kyr_chicago::embed::embed_paths();
    for path in &embed_paths {
        let props = kyr_chicago::embed::EmbedAppProps { path: path.clone() };
        let (body, _) = render_with::<kyr_chicago::embed::EmbedApp>(&runtime, props);
        write_page(dist, path, &fill(path, &body, &[], Kind::Embed));
    }
    for (path, (body, _)) in quiz_paths.iter().zip(&quizzes) {
        write_page(dist, path, &fill(path, body, &[], Kind::Quiz));
    }
    for (path, (body, _)) in deck_paths.iter().zip(&decks) {
        write_page(dist, path, &fill(path, body, &[], Kind::Deck));
    }
    if let Some(site) = &site_setting {
        let mut listed: Vec<String> = paths.clone();
        listed.extend(code_paths.iter().cloned());
        listed.extend(quiz_paths.iter().cloned());
        fs::write(dist.join("sitemap.xml"), sitemap(site, &listed)).expect("write sitemap.xml");
        let robots = dist.join("robots.txt");
        let mut text = fs::read_to_string(&robots).unwrap_or_default();
        text.push_str(&format!("Sitemap: {site}/sitemap.xml\n"));
        fs::write(robots, text).expect("write robots.txt");
    }
    if template.contains("{{") && fill("/", "", &[], Kind::App).contains("{{") {
        fail("index.html has a placeholder the pre-renderer does not fill");
    }
    println!(
        "xtask: pre-rendered {} pages, {} embed pages, {} embed code pages and {} presenter decks in {} languages",
        paths.len(),
        embed_paths.len(),
        code_paths.len(),
        deck_paths.len(),
        kyr_chicago::content::LOCALES.len()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sitemap_lists_every_page_at_the_sites_address() {
        let map = sitemap("https://example.org", &["/".into(), "/en/law".into(), "/es/a&b".into()]);
        assert!(map.starts_with("<?xml"));
        assert!(map.contains("<loc>https://example.org/</loc>"));
        assert!(map.contains("<loc>https://example.org/en/law</loc>"));
        assert!(map.contains("<loc>https://example.org/es/a&amp;b</loc>"), "escaped:\n{map}");
        assert_eq!(map.matches("<url>").count(), 3);
    }
}
