//! Trainer mode: the presenter view (`/<lang>/present/<situation>`), a situation on a projector
//! for a workshop, one step at a time.
//!
//! A situation's whole tree is one pre-rendered page, a *deck*: one slide per question, a reveal
//! slide before each outcome and the outcome's answer slide, plus a follow-along slide with the QR
//! code of the situation on the site. Each slide has its own address, the deck's address with the
//! step's walk as the fragment (`/en/present/ice-asks-police#/immigration/no-paper`, its answer
//! `…#/immigration/no-paper/answer`), so a step can be bookmarked and the stylesheet shows the
//! addressed slide (`:target`) even without a script. Once the deck has loaded, every step of the
//! situation is on the trainer's laptop: a room's weak connection cannot stall the workshop.
//!
//! The deck's own script (`js/present.js`) adds the keyboard and clicker keys, the blank screen,
//! the notes and the second language; the QR codes are drawn here, at build time, from the site's
//! address (`KYR_SITE_URL`). Nothing here is in the WebAssembly residents download (native only).

use yew::prelude::*;

use crate::app::{Location, Route};
use crate::components::{
    cites, format_phone, message, review_lines, source_list, CitesProps, SourceListProps,
};
use crate::content::{self, msg, Scenario};
use crate::engine::{all_outcome_walks, Walk};
use crate::i18n::{Arg, I18n};

/// The presenter view's address for a situation in a language.
pub fn deck_path(lang: &str, id: &str) -> String {
    format!("/{lang}/present/{id}")
}

/// The room quiz's deck, from the myths (`/<lang>/present/quiz`; no situation may be called
/// `quiz`, a content rule).
pub const QUIZ: &str = "quiz";

/// The phone quiz's address (`/<lang>/quiz`): the same statements, one at a time, the score kept
/// on the screen only.
pub fn quiz_path(lang: &str) -> String {
    format!("/{lang}/quiz")
}

/// The phone quiz in every language.
pub fn quiz_paths() -> Vec<String> {
    content::LOCALES.iter().map(|l| quiz_path(l.code)).collect()
}

/// A language's decks: each situation's, and the room quiz.
pub fn decks_of(lang: &str) -> impl Iterator<Item = String> + '_ {
    content::SCENARIOS.iter().map(|s| s.id).chain([QUIZ]).map(move |id| deck_path(lang, id))
}

/// Every deck of every language.
pub fn deck_paths() -> Vec<String> {
    content::LOCALES.iter().flat_map(|l| decks_of(l.code)).collect()
}

/// What a deck shows.
#[derive(Clone, Copy)]
pub enum Deck {
    Situation(&'static Scenario),
    Quiz,
}

/// The language and the content of a deck's address, if it is one.
pub fn deck_of(path: &str) -> Option<(&'static content::Locale, Deck)> {
    let rest = path.strip_prefix('/')?;
    let (lang, rest) = rest.split_once('/')?;
    let id = rest.strip_prefix("present/")?;
    let deck = if id == QUIZ { Deck::Quiz } else { Deck::Situation(content::scenario(id)?) };
    Some((content::locale(lang)?, deck))
}

/// A slide's fragment: `/` and the walk's path (`/`, `/immigration/no-paper`).
pub fn slide_id(walk: &Walk) -> String {
    format!("/{}", walk.path())
}

/// The answer slide of an outcome's walk.
fn answer_id(walk: &Walk) -> String {
    format!("{}/answer", slide_id(walk))
}

/// The step's address on the site (what its QR code holds, and where Esc leads).
fn site_path(lang: &str, walk: &Walk) -> String {
    Route::for_walk(lang, walk).to_path()
}

/// Every walk that is a step of the situation (each question reached, each outcome), in the
/// order a room meets them: depth first, answers in their order.
pub fn deck_walks(scenario: &'static Scenario) -> Vec<Walk> {
    let mut out = Vec::new();
    let mut todo = vec![Walk::start(scenario)];
    while let Some(w) = todo.pop() {
        for a in w.answers().iter().rev() {
            todo.push(w.choose(a.id).expect("an answer of this question"));
        }
        out.push(w);
    }
    debug_assert_eq!(out.iter().filter(|w| w.outcome().is_some()).count(), all_outcome_walks(scenario).len());
    out
}

/// A QR code of `text` as an SVG drawing: dark modules as horizontal runs, a four-module quiet
/// zone. Medium error correction, so a code projected on a wall still reads from the back of a
/// room.
pub fn qr_svg(text: &str, label: &str) -> Html {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M)
        .unwrap_or_else(|e| panic!("a QR code for {text:?}: {e}"));
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 4;
    let mut d = String::new();
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == qrcode::Color::Dark {
                let start = x;
                while x < width && colors[y * width + x] == qrcode::Color::Dark {
                    x += 1;
                }
                d.push_str(&format!("M{} {}h{}v1h-{}z", start + quiet, y + quiet, x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    let size = width + 2 * quiet;
    html! {
        <svg class="qr" viewBox={format!("0 0 {size} {size}")} role="img" aria-label={label.to_string()}
             shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path {d} fill="#000" />
        </svg>
    }
}

#[derive(Properties, PartialEq, Clone, Debug, Default)]
pub struct DeckAppProps {
    pub path: String,
    /// The site's address (`KYR_SITE_URL`), which the QR codes need.
    pub site: Option<String>,
}

/// A deck, rendered natively for the pre-renderer.
#[component]
pub fn DeckApp(props: &DeckAppProps) -> Html {
    let Some((locale, which)) = deck_of(&props.path) else {
        return crate::app::switch(Route::NotFound);
    };
    let i18n = I18n::new(locale);
    let lang = locale.code.to_string();
    let (route, page) = match which {
        Deck::Situation(scenario) => (
            Route::ScenarioStart { lang, id: scenario.id.to_string() },
            deck(i18n, scenario, props.site.as_deref()),
        ),
        Deck::Quiz => (Route::Myths { lang }, quiz_deck(i18n, props.site.as_deref())),
    };
    html! {
        <ContextProvider<Location> context={Location::fixed(route)}>
            <ContextProvider<I18n> context={i18n}>{ page }</ContextProvider<I18n>>
        </ContextProvider<Location>>
    }
}

/// What a slide needs besides its body.
struct Slide {
    id: String,
    kind: &'static str,
    /// The slide `←` goes back to, and the one `→` goes on to where there is no answer to choose.
    prev: Option<String>,
    next: Option<String>,
    /// Its step on the site (Esc), and what the QR code holds.
    leave: String,
}

fn deck(i18n: I18n, scenario: &'static Scenario, site: Option<&str>) -> Html {
    let lang = i18n.locale.code;
    let sid = scenario.id;
    let title = i18n.t(&format!("scenario_{sid}"));
    let start_path = site_path(lang, &Walk::start(scenario));
    let step_qr_label = i18n.t(msg::PRESENT_STEP_QR);
    let mut slides = vec![follow_slide(&i18n, &title, &start_path, site, "/")];
    for walk in deck_walks(scenario) {
        let key = format!("{sid}_{}", walk.current().id);
        let leave = site_path(lang, &walk);
        let back = walk.back().map(|b| slide_id(&b)).unwrap_or_else(|| "follow".into());
        let recap = recap(&i18n, &walk);
        let code = qr(site, &leave, &step_qr_label);
        match walk.outcome() {
            None => {
                let s = Slide { id: slide_id(&walk), kind: "question", prev: Some(back), next: None, leave };
                let answers = walk.answers().iter().map(|a| {
                    let next = walk.choose(a.id).expect("an answer of this question");
                    html! { <li><a class="choice" href={format!("#{}", slide_id(&next))}>{ i18n.t(&format!("{key}_{}", a.id)) }</a></li> }
                });
                slides.push(slide(
                    &i18n,
                    &s,
                    html! {
                        <>
                            <h2 class="slide-title">{ i18n.t(&key) }</h2>
                            if let Some(hint) = i18n.attr(&key, "hint") {
                                <p class="slide-hint">{ hint }</p>
                            }
                            <ol class="choices">{ for answers }</ol>
                        </>
                    },
                    code,
                    recap,
                ));
            }
            Some(outcome) => {
                let reveal = Slide {
                    id: slide_id(&walk),
                    kind: "reveal",
                    prev: Some(back.clone()),
                    next: Some(answer_id(&walk)),
                    leave: leave.clone(),
                };
                slides.push(slide(
                    &i18n,
                    &reveal,
                    html! {
                        <>
                            <h2 class="slide-title">{ i18n.t(msg::PRESENT_REVEAL_QUESTION) }</h2>
                            { recap.clone() }
                            <p><a class="slide-go" href={format!("#{}", answer_id(&walk))}>{ i18n.t(msg::PRESENT_REVEAL) }</a></p>
                        </>
                    },
                    None,
                    Html::default(),
                ));
                // ← from an answer goes back to the question, to choose another answer (the
                // reveal is a pause before the answer, not a step of the walk).
                let answer = Slide {
                    id: answer_id(&walk),
                    kind: "answer",
                    prev: Some(back.clone()),
                    next: None,
                    leave,
                };
                let cited: Vec<usize> = content::outcome_cites(outcome).collect();
                // A claim (reason, step or note) with its citations, and for a step, its help line.
                let item = |id: &str, cited: &'static [usize], call: Option<&str>| {
                    html! {
                        <li>
                            <p>{ i18n.t(&format!("{key}_{id}")) }</p>
                            { cites(i18n, &CitesProps { cites: cited }) }
                            if let Some(n) = call {
                                <p>{ message(&i18n, msg::HELP_CALL, &[("number", Arg::Ltr(format_phone(n)))]) }</p>
                            }
                        </li>
                    }
                };
                let reasons = outcome.reasons.iter().map(|c| item(c.id, c.cites, None));
                let steps = outcome
                    .steps
                    .iter()
                    .map(|s| item(s.id, s.cites, s.resource.and_then(|r| content::RESOURCES[r].call)));
                let notes = outcome.notes.iter().map(|c| item(c.id, c.cites, None));
                let guidance = crate::pages::is_guidance(scenario.topic, outcome.actor);
                slides.push(slide(
                    &i18n,
                    &answer,
                    html! {
                        <>
                            <div class={classes!("verdict", format!("verdict-{}", crate::pages::verdict_parts(outcome.verdict).0))}>
                                <p>
                                    <span class="verdict-icon" aria-hidden="true">{ i18n.t(crate::pages::verdict_parts(outcome.verdict).1) }</span>
                                    { " " }
                                    <span class="verdict-label">{ i18n.label(&format!("actor-{}", outcome.actor)) }</span>
                                    { " " }
                                    <strong>{ i18n.attr(&key, "verdict").unwrap_or_default() }</strong>
                                </p>
                                // Legal-aid guidance about a resident's own rights is never passed
                                // off as law (as on the outcome page, inside the verdict).
                                if guidance {
                                    <p class="verdict-guidance">{ i18n.t(msg::VERDICT_GUIDANCE) }</p>
                                }
                            </div>
                            <h2 class="slide-title">{ i18n.t(&key) }</h2>
                            if let Some(summary) = i18n.attr(&key, "summary") {
                                <p class="slide-lead">{ summary }</p>
                            }
                            <h3>{ i18n.t(msg::OUTCOME_WHY) }</h3>
                            <ul class="reasons">{ for reasons }</ul>
                            if !outcome.steps.is_empty() {
                                <h3>{ i18n.t(msg::OUTCOME_WHAT_YOU_CAN_DO) }</h3>
                                <ol class="reasons">{ for steps }</ol>
                            }
                            if !outcome.notes.is_empty() {
                                <h3>{ i18n.t(msg::OUTCOME_GOOD_TO_KNOW) }</h3>
                                <ul class="reasons">{ for notes }</ul>
                            }
                            if !outcome.resources.is_empty() {
                                <h3>{ i18n.t(msg::OUTCOME_HELP) }</h3>
                                <ul class="reasons help-lines">{ for outcome.resources.iter().map(|&r| help_line(&i18n, r)) }</ul>
                            }
                            // Each source with its status and any court challenge, told once.
                            <h3>{ i18n.t(msg::OUTCOME_SOURCES) }</h3>
                            { source_list(i18n, &SourceListProps { cites: cited }) }
                            <div class="slide-footer">{ review_lines(i18n, scenario.reviewed) }</div>
                        </>
                    },
                    code,
                    recap,
                ));
            }
        }
    }
    deck_page(&i18n, sid, &title, slides, Some(scenario))
}

/// A deck's page around its slides: its title, the trainer's notes and the blank screen. The
/// first slide after the follow-along one is `/` in a situation, `/1` in the quiz.
fn deck_page(
    i18n: &I18n,
    id: &str,
    title: &str,
    slides: Vec<Html>,
    scenario: Option<&'static Scenario>,
) -> Html {
    let heading = i18n.fmt(msg::PRESENT_TITLE, &[("situation", Arg::Str(title.to_string()))]);
    let first = scenario.is_none().then_some("/1");
    html! {
        <div class="deck" data-deck={id.to_string()} data-first={first}
             data-title={format!("{heading} | {}", i18n.t(msg::SITE_NAME))}>
            <h1 class="deck-title">{ heading }</h1>
            { for slides }
            { notes_panel(i18n, scenario) }
            <div class="blank" role="status">
                <p class="blank-text">{ i18n.t(msg::PRESENT_BLANKED) }</p>
            </div>
        </div>
    }
}

/// The QR code of `path` on the site, if the build knows the site's address.
fn qr(site: Option<&str>, path: &str, label: &str) -> Option<Html> {
    site.map(|s| qr_svg(&format!("{s}{path}"), label))
}

/// The follow-along slide: the deck's title, the page to open on a phone (`path`, which Esc
/// also leads to) with its code, and the way to the first slide (`start`).
fn follow_slide(i18n: &I18n, title: &str, path: &str, site: Option<&str>, start: &str) -> Html {
    let follow = Slide {
        id: "follow".into(),
        kind: "follow",
        prev: None,
        next: Some(start.into()),
        leave: path.into(),
    };
    slide(
        i18n,
        &follow,
        follow_body(i18n, title, path, site, &format!("#{start}")),
        qr(site, path, &format!("{} {title}", i18n.t(msg::PRESENT_FOLLOW))),
        missing_qr_note(i18n, site),
    )
}

/// The room quiz: a follow-along slide (the phone quiz's code), then for each myth a slide with
/// the statement, as something people say, for the room to vote on, and its answer (the myth
/// labelled as one, the fact, why, the citations and any court challenge), then an end slide.
fn quiz_deck(i18n: I18n, site: Option<&str>) -> Html {
    let lang = i18n.locale.code;
    let title = i18n.t(msg::PRESENT_QUIZ_TITLE);
    let phone = quiz_path(lang);
    let n = content::MYTHS.len();
    // Esc on the first and last slides: the quiz on the site (the phone quiz), which their codes show.
    let mut slides = vec![follow_slide(&i18n, &title, &phone, site, "/1")];
    for (i, m) in content::MYTHS.iter().enumerate() {
        let at = i + 1;
        let key = format!("myth_{}", m.id);
        let leave = format!("/{lang}/myths/{}", m.id);
        let statement = Slide {
            id: format!("/{at}"),
            kind: "statement",
            prev: Some(if at == 1 { "follow".into() } else { format!("/{}/answer", at - 1) }),
            next: Some(format!("/{at}/answer")),
            leave: leave.clone(),
        };
        slides.push(slide(
            &i18n,
            &statement,
            html! {
                <>
                    <p class="slide-kicker">{ i18n.t(msg::PRESENT_QUIZ_SAYS) }</p>
                    <h2 class="slide-title">{ i18n.t(&key) }</h2>
                    <p class="slide-lead">{ i18n.t(msg::PRESENT_QUIZ_VOTE) }</p>
                    <p><a class="slide-go" href={format!("#/{at}/answer")}>{ i18n.t(msg::PRESENT_REVEAL) }</a></p>
                </>
            },
            None,
            Html::default(),
        ));
        let answer = Slide {
            id: format!("/{at}/answer"),
            kind: "answer",
            prev: Some(format!("/{at}")),
            next: Some(if at == n { "end".into() } else { format!("/{}", at + 1) }),
            leave: leave.clone(),
        };
        slides.push(slide(
            &i18n,
            &answer,
            html! {
                <>
                    <p class="slide-kicker"><strong>{ i18n.label(msg::MYTH_LABEL) }</strong>{ i18n.t(&key) }</p>
                    { crate::pages::myth_body(&i18n, m) }
                    { crate::components::challenges(i18n, m.cites) }
                    <div class="slide-footer">{ review_lines(i18n, content::MYTHS_REVIEWED) }</div>
                </>
            },
            qr(site, &leave, &i18n.t(msg::PRESENT_STEP_QR)),
            Html::default(),
        ));
    }
    let end = Slide {
        id: "end".into(),
        kind: "end",
        prev: Some(format!("/{n}/answer")),
        next: None,
        leave: phone.clone(),
    };
    slides.push(slide(
        &i18n,
        &end,
        html! {
            <>
                <h2 class="slide-title">{ i18n.t(msg::PRESENT_QUIZ_END) }</h2>
                <p><a href={format!("/{lang}/myths")}>{ i18n.t(msg::MYTHS_TITLE) }</a></p>
            </>
        },
        qr(site, &phone, &format!("{} {title}", i18n.t(msg::PRESENT_FOLLOW))),
        Html::default(),
    ));
    deck_page(&i18n, QUIZ, &title, slides, None)
}

/// A follow-along slide's body: what to open on a phone (`path`), and where to start.
fn follow_body(i18n: &I18n, title: &str, path: &str, site: Option<&str>, start: &str) -> Html {
    let lang = i18n.locale.code;
    html! {
        <>
            <p class="slide-kicker">{ i18n.t(msg::PRESENT_FOLLOW) }</p>
            <h2 class="slide-title">{ title.to_string() }</h2>
            <p>{ i18n.t(if site.is_some() { msg::PRESENT_FOLLOW_SCAN } else { msg::PRESENT_FOLLOW_TYPE }) }</p>
            <p class="site-address" dir="ltr" data-path={path.to_string()}>
                { format!("{}{path}", site.unwrap_or_default()) }
            </p>
            <p><a href={format!("/{lang}/safety")}>{ i18n.t(msg::FOOTER_SAFETY) }</a></p>
            <p><a class="slide-go" href={start.to_string()}>{ i18n.t(msg::PRESENT_START) }</a></p>
        </>
    }
}

/// For the trainer, in the notes: why there are no QR codes, where that is so.
fn missing_qr_note(i18n: &I18n, site: Option<&str>) -> Html {
    if site.is_some() {
        return Html::default();
    }
    html! { <p class="qr-missing">{ i18n.t(msg::PRESENT_QR_NEEDS_SITE) }</p> }
}

#[derive(Properties, PartialEq, Clone, Debug, Default)]
pub struct QuizAppProps {
    pub path: String,
}

/// The phone quiz (`/<lang>/quiz`), rendered natively for the pre-renderer in the site's frame.
/// Without a script every statement shows with its answer; `js/quiz.js` asks one at a time and
/// keeps the score on the screen only.
#[component]
pub fn QuizApp(props: &QuizAppProps) -> Html {
    let Some(locale) = crate::embed::own_page_locale(&props.path, quiz_path) else {
        return crate::app::switch(Route::NotFound);
    };
    let i18n = I18n::new(locale);
    let lang = locale.code;
    let score = i18n.fmt(
        msg::QUIZ_SCORE,
        &[("right", Arg::Str("{right}".into())), ("total", Arg::Str("{total}".into()))],
    );
    let items = content::MYTHS.iter().enumerate().map(|(i, m)| {
        let key = format!("myth_{}", m.id);
        html! {
            <li class="quiz-item" id={format!("q{}", i + 1)}>
                <p class="quiz-says">{ i18n.t(msg::PRESENT_QUIZ_SAYS) }</p>
                <h2 class="quiz-statement">{ i18n.t(&key) }</h2>
                <p class="quiz-choices needs-script">
                    <button type="button" class="button quiz-true">{ i18n.t(msg::QUIZ_TRUE) }</button>{ " " }
                    <button type="button" class="button quiz-myth">{ i18n.t(msg::QUIZ_MYTH) }</button>
                </p>
                <div class="quiz-answer">
                    <p class="quiz-verdict" role="status"></p>
                    <p class="myth-label">{ i18n.t(msg::MYTH_LABEL) }</p>
                    { crate::pages::myth_body(&i18n, m) }
                    <p><a href={format!("/{lang}/myths/{}", m.id)}>{ i18n.t(msg::QUIZ_MORE) }</a></p>
                    <p class="needs-script"><button type="button" class="button quiz-next">{ i18n.t(msg::QUIZ_NEXT) }</button></p>
                </div>
            </li>
        }
    });
    html! {
        <ContextProvider<Location> context={Location::fixed(Route::Myths { lang: lang.to_string() })}>
            <ContextProvider<crate::embed::CodePage> context={crate::embed::CodePage(quiz_path)}>
                <ContextProvider<I18n> context={i18n}>
                    <crate::components::Layout title={i18n.t(msg::PRESENT_QUIZ_TITLE)} reviewed={content::MYTHS_REVIEWED}>
                        <h1>{ i18n.t(msg::PRESENT_QUIZ_TITLE) }</h1>
                        <p class="lead">{ i18n.t(msg::QUIZ_INTRO) }</p>
                        <ol class="quiz" data-right={i18n.t(msg::QUIZ_RIGHT)} data-wrong={i18n.t(msg::QUIZ_WRONG)} data-score={score}>
                            { for items }
                        </ol>
                        <div class="quiz-end" hidden=true>
                            <p class="quiz-score" role="status"></p>
                            <p><button type="button" class="button quiz-again">{ i18n.t(msg::QUIZ_AGAIN) }</button></p>
                        </div>
                        { crate::components::challenges(i18n, &content::MYTHS.iter().flat_map(|m| m.cites.iter().copied()).collect::<Vec<_>>()) }
                    </crate::components::Layout>
                </ContextProvider<I18n>>
            </ContextProvider<crate::embed::CodePage>>
        </ContextProvider<Location>>
    }
}

/// A help line at projector size: its name and purpose, its numbers, and when it was checked.
fn help_line(i18n: &I18n, index: usize) -> Html {
    let r = &content::RESOURCES[index];
    let key = format!("help_{}", r.id);
    let number = |m: &str, n: &str| html! { <>{ message(i18n, m, &[("number", Arg::Ltr(format_phone(n)))]) }{ " " }</> };
    html! {
        <li>
            <p><strong>{ i18n.t(&key) }</strong>{ i18n.t(msg::PUNCT_DASH) }{ i18n.attr(&key, "detail").unwrap_or_default() }</p>
            <p>
                { for r.call.map(|n| number(msg::HELP_CALL, n)) }
                { for r.text.map(|n| number(msg::HELP_TEXT, n)) }
                { for r.tty.map(|n| number(msg::HELP_TTY, n)) }
            </p>
            <p class="cites">
                { i18n.fmt(msg::HELP_CHECKED, &[("date", Arg::Str(i18n.date(r.checked)))]) }{ " " }
                <a href={r.source}>{ i18n.t(msg::HELP_SOURCE) }</a>
            </p>
        </li>
    }
}

/// A slide: its body, the QR code of its step (if the site's address is known), and its notes
/// for the trainer (shown with `N`).
fn slide(i18n: &I18n, s: &Slide, body: Html, qr: Option<Html>, notes: Html) -> Html {
    html! {
        <section id={s.id.clone()} class={classes!("slide", format!("slide-{}", s.kind))} tabindex="-1"
                 data-prev={s.prev.clone()} data-next={s.next.clone()} data-leave={s.leave.clone()}>
            <div class="slide-body">
                // A machine translation says so on every slide (and in a second language's half).
                if !i18n.locale.reviewed {
                    <p class="translation-notice" role="note">{ i18n.t(msg::TRANSLATION_NOTICE) }</p>
                }
                { body }
            </div>
            if let Some(qr) = qr {
                <figure class="slide-qr">
                    { qr }
                    <figcaption>{ i18n.t(msg::PRESENT_STEP_QR) }</figcaption>
                </figure>
            }
            <aside class="slide-notes" aria-label={i18n.t(msg::PRESENT_NOTES)}>{ notes }</aside>
        </section>
    }
}

/// The answers chosen so far: each question and its answer.
fn recap(i18n: &I18n, walk: &Walk) -> Html {
    if walk.depth() == 0 {
        return Html::default();
    }
    let sid = walk.scenario.id;
    html! {
        <div class="recap">
            <p class="recap-title">{ i18n.t(msg::PRESENT_ROOM_ANSWERS) }</p>
            <dl>
                { for walk.steps().map(|s| {
                    let q = format!("{sid}_{}", s.question.id);
                    html! {
                        <>
                            <dt>{ i18n.t(&q) }</dt>
                            <dd>{ i18n.t(&format!("{q}_{}", s.answer.id)) }</dd>
                        </>
                    }
                }) }
            </dl>
        </div>
    }
}

/// The situation's facilitator notes (content: `[trainer]` in its file, the words in
/// `notes.ftl`): a plan with minutes, prompts, and common questions with where the site answers
/// them (an answer slide of this deck, a provision's page, a myth's page).
fn facilitator_notes(i18n: &I18n, scenario: &'static Scenario) -> Html {
    let notes = content::trainer_notes(scenario);
    let sid = scenario.id;
    let lang = i18n.locale.code;
    let text = |kind: &str, id: &str| i18n.t(&format!("present-notes_{sid}_{kind}_{id}"));
    let total: u32 = notes.plan.iter().map(|(_, m)| m).sum();
    let walks = deck_walks(scenario);
    let answer_at = |outcome: &str| {
        walks
            .iter()
            .find(|w| w.outcome().is_some() && w.current().id == outcome)
            .map(answer_id)
            .unwrap_or_default()
    };
    let pointer = |p: content::Pointer| match p {
        content::Pointer::Outcome(o) => {
            html! { <a href={format!("#{}", answer_at(o))}>{ i18n.t(&format!("{sid}_{o}")) }</a> }
        }
        content::Pointer::Law(i) => {
            let p = &content::PROVISIONS[i];
            html! { <a href={format!("/{lang}/law/{}", p.id)}>{ crate::components::ltr(p.citation) }{ i18n.t(msg::PUNCT_DASH) }{ i18n.t(&format!("law_{}", p.id)) }</a> }
        }
        content::Pointer::Myth(i) => {
            let m = &content::MYTHS[i];
            // Labelled, with its fact, so the myth's words are never read out as the answer.
            let key = format!("myth_{}", m.id);
            html! {
                <>
                    <a href={format!("/{lang}/myths/{}", m.id)}>{ i18n.label(msg::MYTH_LABEL) }{ i18n.t(&key) }</a>
                    { " " }<strong>{ i18n.label(msg::FACT_LABEL) }</strong>{ i18n.attr(&key, "fact").unwrap_or_default() }
                </>
            }
        }
    };
    html! {
        <>
            <h3>{ i18n.fmt(msg::PRESENT_PLAN, &[("minutes", Arg::Num(i64::from(total)))]) }</h3>
            <ol class="plan">
                { for notes.plan.iter().map(|(id, minutes)| html! {
                    <li>
                        <strong>{ i18n.fmt(msg::PRESENT_MINUTES, &[("minutes", Arg::Num(i64::from(*minutes)))]) }</strong>
                        { " " }{ text("plan", id) }
                    </li>
                }) }
            </ol>
            <h3>{ i18n.t(msg::PRESENT_PROMPTS) }</h3>
            <ul>{ for notes.prompts.iter().map(|id| html! { <li>{ text("prompt", id) }</li> }) }</ul>
            <h3>{ i18n.t(msg::PRESENT_ROOM_QUESTIONS) }</h3>
            <dl class="room-questions">
                { for notes.questions.iter().map(|(id, p)| html! {
                    <>
                        <dt>{ text("question", id) }</dt>
                        <dd>{ pointer(*p) }</dd>
                    </>
                }) }
            </dl>
        </>
    }
}

/// The trainer's panel (`N`): the translation notice, a situation's facilitator notes, the keys,
/// the second language, leaving, and the review date. Hidden on the projector until opened.
fn notes_panel(i18n: &I18n, scenario: Option<&'static Scenario>) -> Html {
    let keys: [(&str, &str); 8] = [
        ("→ PageDown Space", msg::PRESENT_KEY_NEXT),
        ("← PageUp", msg::PRESENT_KEY_BACK),
        ("↑ ↓", msg::PRESENT_KEY_CHOOSE),
        ("Home", msg::PRESENT_KEY_FIRST),
        ("End", msg::PRESENT_KEY_END),
        ("B", msg::PRESENT_KEY_BLANK),
        ("N", msg::PRESENT_KEY_NOTES),
        ("Esc", msg::PRESENT_KEY_LEAVE),
    ];
    let lang = i18n.locale.code;
    html! {
        <aside id="notes" class="notes" aria-labelledby="notes-title">
            <h2 id="notes-title">{ i18n.t(msg::PRESENT_NOTES) }</h2>
            // The trainer reads these aloud: a machine translation says so here too.
            if !i18n.locale.reviewed {
                <p class="translation-notice" role="note">{ i18n.t(msg::TRANSLATION_NOTICE) }</p>
            }
            { for scenario.map(|s| facilitator_notes(i18n, s)) }
            <h3>{ i18n.t(msg::PRESENT_KEYS) }</h3>
            <dl class="keys">
                { for keys.iter().map(|(k, what)| html! {
                    <>
                        <dt dir="ltr">{ for k.split(' ').map(|k| html! { <><kbd>{ k }</kbd>{ " " }</> }) }</dt>
                        <dd>{ i18n.t(what) }</dd>
                    </>
                }) }
            </dl>
            <p class="needs-script">
                <label for="second-language">{ i18n.t(msg::PRESENT_SECOND_LANGUAGE) }</label>
                <select id="second-language" data-failed={i18n.t(msg::PRESENT_SECOND_FAILED)}>
                    <option value="" selected=true>{ i18n.t(msg::PRESENT_SECOND_NONE) }</option>
                    { for content::LOCALES.iter().filter(|l| l.code != lang).map(|l| html! {
                        <option value={l.code} lang={l.code} dir={l.dir.as_str()}>{ l.name }</option>
                    }) }
                </select>
            </p>
            <p id="second-status" role="status"></p>
            <p><a class="leave" href={scenario.map_or_else(|| format!("/{lang}/myths"), |s| site_path(lang, &Walk::start(s)))}>{ i18n.t(msg::PRESENT_LEAVE) }</a></p>
            { review_lines(*i18n, scenario.map_or(content::MYTHS_REVIEWED, |s| s.reviewed)) }
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deck_addresses_name_a_language_and_a_situation() {
        let s = &content::SCENARIOS[0];
        let (l, found) = deck_of(&deck_path("es", s.id)).expect("a deck");
        assert!(l.code == "es" && matches!(found, Deck::Situation(f) if f.id == s.id));
        assert!(matches!(deck_of(&deck_path("ar", QUIZ)), Some((l, Deck::Quiz)) if l.code == "ar"));
        for bad in ["/es/present", "/xx/present/a", "/es/present/nope", "/es/scenarios/a", "es/present/a"] {
            assert!(deck_of(bad).is_none(), "{bad}");
        }
        assert_eq!(deck_paths().len(), content::LOCALES.len() * (content::SCENARIOS.len() + 1));
    }

    #[test]
    fn a_deck_has_every_step_once_and_every_outcome() {
        for s in content::SCENARIOS {
            let walks = deck_walks(s);
            let mut ids: Vec<String> = walks.iter().map(slide_id).collect();
            assert_eq!(ids[0], "/", "{}: the first question first", s.id);
            ids.sort();
            ids.dedup();
            assert_eq!(ids.len(), walks.len(), "{}: no step twice", s.id);
            assert_eq!(walks.iter().filter(|w| w.outcome().is_some()).count(), all_outcome_walks(s).len());
        }
    }
}
