//! Trainer mode (issue 12): the presenter view of a situation (`/<lang>/present/<situation>`),
//! presented by keyboard only, with the notes, the reveal, the blank screen, leaving to the same
//! step, entering from a step, a second language beside the first, the QR codes, and a session
//! with the server gone.

mod harness;

use fantoccini::key::Key;
use fantoccini::Locator;
use harness::{en, s1, Browser, S1};
use kyr_chicago::content::{self, msg};
use kyr_chicago::engine::Walk;
use kyr_chicago::i18n::I18n;
use kyr_chicago::trainer::{deck_path, DeckApp, DeckAppProps};
use serde_json::json;

/// The walk the tests present: S1, an immigration request with no paper.
const WALK: &str = "immigration/no-paper";

/// A laptop's screen on a projector (the harness opens a phone-sized window).
async fn projector(b: &Browser) {
    b.client.set_window_size(1280, 800).await.expect("a projector-sized window");
}

/// The id of the slide on screen (the one the stylesheet shows).
async fn shown(b: &Browser) -> String {
    let v = b
        .js("[...document.querySelectorAll('.slide')].filter(s => getComputedStyle(s).display !== 'none').map(s => s.id).join(' ')")
        .await;
    v.as_str().unwrap_or_default().to_string()
}

/// Waits until the slide `id` (and only it) is on screen.
async fn wait_for_slide(b: &Browser, id: &str) {
    b.wait_for(&format!("slide {id} on screen"), || async { (shown(b).await == id).then_some(()) }).await;
}

/// The text of the slide on screen's title.
async fn slide_title(b: &Browser) -> String {
    let id = shown(b).await;
    let v = b
        .js(&format!("document.getElementById({id:?}).querySelector('.slide-body:not(.second) .slide-title').textContent"))
        .await;
    v.as_str().unwrap_or_default().trim().to_string()
}

async fn focused_text(b: &Browser) -> String {
    b.js("document.activeElement.textContent.trim()").await.as_str().unwrap_or_default().to_string()
}

/// Whether the element `css` is drawn (not `display: none` anywhere up its tree).
async fn visible(b: &Browser, css: &str) -> bool {
    b.js(&format!("(() => {{ const e = document.querySelector({css:?}); return !!e && e.getClientRects().length > 0 }})()"))
        .await
        == json!(true)
}

#[tokio::test]
async fn a_situation_is_presented_by_keyboard_only_and_left_at_the_same_step() {
    let i18n = en();
    let mut b = Browser::open().await;
    projector(&b).await;
    b.goto(&deck_path("en", S1)).await;
    // No step in the address: the follow-along slide, with the situation's title.
    wait_for_slide(&b, "follow").await;
    assert_eq!(slide_title(&b).await, i18n.t(&format!("scenario_{S1}")));
    // Without the site's address, the slide says why there is no QR code, and gives the address.
    // (In the trainer's notes: the room sees the address.)
    assert_eq!(
        b.js("document.querySelector('#follow .qr-missing').textContent").await,
        json!(i18n.t(msg::PRESENT_QR_NEEDS_SITE))
    );
    assert_eq!(b.text_of("#follow .site-address").await, Some(b.url(&format!("/en/scenarios/{S1}"))));
    b.assert_accessible("the follow-along slide").await;

    b.press(&[Key::Right]).await;
    wait_for_slide(&b, "/").await;
    let mut walk = Walk::start(s1());
    for answer in WALK.split('/') {
        let key = format!("{S1}_{}", walk.current().id);
        assert_eq!(slide_title(&b).await, i18n.t(&key), "the question on screen");
        let wanted = i18n.t(&format!("{key}_{answer}"));
        // ↓ highlights the answers in turn; PageDown takes the highlighted one.
        let mut presses = 0;
        while focused_text(&b).await != wanted {
            b.press(&[Key::Down]).await;
            presses += 1;
            assert!(presses <= walk.answers().len(), "↓ reaches the answer {wanted:?}");
        }
        b.press(&[Key::PageDown]).await;
        walk = walk.choose(answer).unwrap();
        wait_for_slide(&b, &format!("/{}", walk.path())).await;
    }
    b.assert_accessible("a reveal slide").await;
    // The reveal: the question the law answers, and the room's answers so far; not the answer.
    assert_eq!(slide_title(&b).await, i18n.t(msg::PRESENT_REVEAL_QUESTION));
    let headline = i18n.t(&format!("{S1}_{}", walk.current().id));
    let reveal = b.text_of(&format!("[id='/{WALK}']")).await.unwrap();
    assert!(!reveal.contains(&headline), "the answer waits for the reveal");
    assert!(reveal.contains(&i18n.t(&format!("{S1}_paper_no-paper"))), "the room's answers: {reveal}");
    b.press(&[Key::Space]).await;
    wait_for_slide(&b, &format!("/{WALK}/answer")).await;
    assert_eq!(slide_title(&b).await, headline);
    let answer = b.text_of(&format!("[id='/{WALK}/answer']")).await.unwrap();
    assert!(answer.contains("MCC 2-173-020"), "citations at projector size: {answer}");
    b.assert_accessible("an answer slide").await;

    // N: the trainer's notes, then hidden again.
    assert!(!visible(&b, "#notes").await, "notes hidden on the projector");
    b.type_keys(&['n']).await;
    assert!(visible(&b, "#notes").await, "N shows the notes");
    let notes = b.text_of("#notes").await.unwrap();
    assert!(notes.contains(&i18n.t(msg::PRESENT_KEY_BLANK)), "the keys");
    // The situation's facilitator notes: the plan with its minutes, the prompts, the questions.
    let trainer = content::trainer_notes(s1());
    let total: u32 = trainer.plan.iter().map(|(_, m)| m).sum();
    assert!(notes
        .contains(&i18n.fmt(msg::PRESENT_PLAN, &[("minutes", kyr_chicago::i18n::Arg::Num(total.into()))])));
    for (kind, id) in trainer
        .plan
        .iter()
        .map(|(id, _)| ("plan", *id))
        .chain(trainer.prompts.iter().map(|id| ("prompt", *id)))
        .chain(trainer.questions.iter().map(|(id, _)| ("question", *id)))
    {
        let words = i18n.t(&format!("present-notes_{S1}_{kind}_{id}"));
        assert!(notes.contains(&words), "the notes show {kind} {id}: {words}");
    }
    b.assert_accessible("an answer slide with the notes").await;
    b.type_keys(&['n']).await;
    assert!(!visible(&b, "#notes").await, "N hides the notes");

    // B: the screen goes black, and comes back.
    let covered = "document.elementFromPoint(innerWidth / 2, innerHeight / 2).closest('.blank') !== null";
    assert_eq!(b.js(covered).await, json!(false));
    b.type_keys(&['b']).await;
    assert_eq!(b.js(covered).await, json!(true), "B blanks the screen");
    assert_eq!(
        b.js("getComputedStyle(document.querySelector('.blank')).backgroundColor").await,
        json!("rgb(0, 0, 0)")
    );
    b.type_keys(&['b']).await;
    assert_eq!(b.js(covered).await, json!(false), "B shows it again");

    // A long answer: PageDown reads it to its end (the sources, the review date) before any
    // next slide; ← climbs back to its top, then to the reveal.
    let answer_id = format!("/{WALK}/answer");
    let at_end = "Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 2";
    assert_eq!(b.js(at_end).await, json!(false), "this answer is longer than the screen");
    for presses in 0.. {
        assert!(presses < 30, "PageDown reaches the end of the answer");
        if b.js(at_end).await == json!(true) {
            break;
        }
        b.press(&[Key::PageDown]).await;
    }
    assert_eq!(shown(&b).await, answer_id, "still the answer");
    let footer = "document.getElementById(location.hash.slice(1)).querySelector('.slide-footer').getBoundingClientRect()";
    assert_eq!(b.js(&format!("{footer}.bottom <= innerHeight && {footer}.top >= 0")).await, json!(true));
    for presses in 0.. {
        assert!(presses < 30, "← climbs back to the question");
        if shown(&b).await != answer_id {
            break;
        }
        b.press(&[Key::Left]).await;
    }
    // ← from an answer: the question, to choose another answer; PageUp: the one before; Home:
    // the first question; End: the follow-along slide.
    wait_for_slide(&b, "/immigration").await;
    b.press(&[Key::PageUp]).await;
    wait_for_slide(&b, "/").await;
    b.press(&[Key::Right, Key::Right]).await;
    wait_for_slide(&b, "/immigration").await;
    b.press(&[Key::Home]).await;
    wait_for_slide(&b, "/").await;
    b.press(&[Key::End]).await;
    wait_for_slide(&b, "follow").await;
    // A question from the room that an outcome answers: its link in the notes opens that answer.
    let (_, to) = trainer
        .questions
        .iter()
        .find(|(_, p)| matches!(p, content::Pointer::Outcome(_)))
        .expect("S1 has a question an outcome answers");
    let content::Pointer::Outcome(outcome) = to else { unreachable!() };
    b.type_keys(&['n']).await;
    b.click_link(&i18n.t(&format!("{S1}_{outcome}"))).await;
    b.wait_for("the outcome's answer slide", || async {
        let id = shown(&b).await;
        (id.ends_with("/answer") && slide_title(&b).await == i18n.t(&format!("{S1}_{outcome}"))).then_some(())
    })
    .await;
    b.type_keys(&['n']).await;
    // Back to the answer by its address (a bookmark), then Esc: the same step on the site.
    b.goto(&format!("{}#/{WALK}/answer", deck_path("en", S1))).await;
    wait_for_slide(&b, &format!("/{WALK}/answer")).await;
    b.press(&[Key::Escape]).await;
    b.wait_for_path(&format!("/en/scenarios/{S1}/{WALK}")).await;
    b.wait_for_app().await;
    assert_eq!(b.text_of("main h1").await.as_deref(), Some(headline.as_str()));
    b.finish().await;
}

#[tokio::test]
async fn entering_from_a_step_starts_the_presenter_view_at_that_step() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto(&format!("/en/scenarios/{S1}")).await;
    b.wait_for_app().await;
    // The app moves on without loading a page; the link still starts at the step shown.
    b.click_link(&i18n.t(&format!("{S1}_request_immigration"))).await;
    b.wait_for_path(&format!("/en/scenarios/{S1}/immigration")).await;
    b.click_link(&i18n.t(msg::PRESENT_ENTER)).await;
    wait_for_slide(&b, "/immigration").await;
    assert_eq!(slide_title(&b).await, i18n.t(&format!("{S1}_paper")));
    assert_eq!(b.js("location.pathname").await, json!(deck_path("en", S1)));
    b.finish().await;
}

#[tokio::test]
async fn a_second_language_is_shown_beside_the_first_with_its_own_lang_and_dir() {
    let en = en();
    let ar = I18n::new(content::locale("ar").unwrap());
    let mut b = Browser::open().await;
    projector(&b).await;
    b.goto(&format!("{}#/", deck_path("en", S1))).await;
    wait_for_slide(&b, "/").await;
    // Chosen in the notes, the way a trainer does.
    b.type_keys(&['n']).await;
    let select = b.client.find(Locator::Css("#second-language")).await.unwrap();
    select.select_by_value("ar").await.unwrap();
    b.wait_for("the Arabic beside the English", || async {
        b.text_of("[id='/'] .slide-body.second .slide-title").await
    })
    .await;
    let halves = b
        .js("[...document.getElementById('/').querySelectorAll('.slide-body')].map(h => [h.closest('[lang]').lang, getComputedStyle(h).direction, h.querySelector('.slide-title').textContent.trim(), h.getClientRects().length > 0])")
        .await;
    let question = format!("{S1}_request");
    assert_eq!(
        halves,
        json!([["en", "ltr", en.t(&question), true], ["ar", "rtl", ar.t(&question), true]]),
        "both halves shown, each in its language and direction"
    );
    // The choice is in the address, so a bookmark (or a reload) keeps it.
    assert_eq!(b.js("new URLSearchParams(location.search).get('with')").await, json!("ar"));
    b.assert_accessible("a bilingual question slide").await;
    // The keys still walk the slides, both halves following.
    b.press(&[Key::Right, Key::Right]).await;
    wait_for_slide(&b, "/immigration").await;
    assert_eq!(
        b.text_of("[id='/immigration'] .slide-body.second .slide-title").await,
        Some(ar.t(&format!("{S1}_paper")))
    );
    b.goto(&format!("{}?with=ar#/immigration", deck_path("en", S1))).await;
    b.wait_for("the Arabic after a reload", || async {
        b.text_of("[id='/immigration'] .slide-body.second .slide-title").await
    })
    .await;
    b.finish().await;
}

#[tokio::test]
async fn an_unknown_step_in_the_address_shows_the_follow_along_slide() {
    let mut b = Browser::open().await;
    b.goto(&format!("{}#/no/such/step", deck_path("es", S1))).await;
    wait_for_slide(&b, "follow").await;
    assert_eq!(b.js("document.documentElement.lang").await, json!("es"));
    b.goto_missing(&format!("/es/present/{}", "no-such-situation")).await;
    b.wait_for_heading(&I18n::new(content::locale("es").unwrap()).t(msg::NOT_FOUND_TITLE)).await;
    b.finish().await;
}

#[tokio::test]
async fn saved_for_offline_use_a_presenter_session_runs_with_the_server_gone() {
    let i18n = en();
    let mut b = Browser::open().await;
    projector(&b).await;
    b.goto("/en/about").await;
    b.wait_for_app().await;
    b.save_offline_copy(&i18n).await;
    b.take_server_away();
    b.goto(&deck_path("en", S1)).await;
    wait_for_slide(&b, "follow").await;
    b.press(&[Key::Right, Key::Right, Key::Right]).await;
    wait_for_slide(&b, "/immigration").await;
    b.finish().await;
}

/// The QR codes, read back with a QR decoder: every slide's code holds its own step on the site,
/// at the site's address.
#[tokio::test]
async fn every_qr_code_reads_back_as_its_step_on_the_site() {
    const SITE: &str = "https://example.org";
    for l in content::LOCALES.iter().filter(|l| ["en", "ar"].contains(&l.code)) {
        for s in content::SCENARIOS.iter().map(Some).chain([None]) {
            let path = deck_path(l.code, s.map_or(kyr_chicago::trainer::QUIZ, |s| s.id));
            let html = yew::LocalServerRenderer::<DeckApp>::with_props(DeckAppProps {
                path: path.clone(),
                site: Some(SITE.into()),
            })
            .render()
            .await;
            let mut read = 0;
            for section in html.split("<section ").skip(1) {
                let leave = attr(section, "data-leave").expect("every slide leads to its step");
                let Some(svg) = section.split("<svg").nth(1) else { continue };
                assert_eq!(decode(svg), format!("{SITE}{leave}"), "{path}: a slide's code");
                read += 1;
            }
            let Some(s) = s else {
                // The quiz: the follow-along and end slides (the phone quiz), each myth's answer.
                assert_eq!(read, 2 + content::MYTHS.len(), "{path}");
                continue;
            };
            let steps = kyr_chicago::trainer::deck_walks(s).len();
            // The follow-along slide, each question, each outcome's answer (not its reveal).
            let outcomes = kyr_chicago::engine::all_outcome_walks(s).len();
            assert_eq!(read, 1 + steps, "{path}: {read} codes for {steps} steps and {outcomes} outcomes");
        }
    }
}

fn attr(html: &str, name: &str) -> Option<String> {
    let start = html.find(&format!("{name}=\""))? + name.len() + 2;
    Some(html[start..start + html[start..].find('"')?].replace("&amp;", "&"))
}

/// Draws the SVG's runs (`M{x} {y}h{w}v1h-{w}z`) into a bitmap and decodes it.
fn decode(svg: &str) -> String {
    let size: usize = attr(svg, "viewBox").unwrap().split(' ').nth(2).unwrap().parse().unwrap();
    let d = attr(&svg[svg.find("<path").unwrap()..], "d").unwrap();
    let mut dark = vec![false; size * size];
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = run.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let w: usize = rest.split('v').next().unwrap().parse().unwrap();
        for i in x..x + w {
            dark[y * size + i] = true;
        }
    }
    let scale = 4;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(size * scale, size * scale, |x, y| {
        if dark[(y / scale) * size + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code");
    grids[0].decode().expect("a readable code").1
}

#[tokio::test]
async fn the_room_quiz_goes_from_the_first_statement_to_the_last_by_keyboard() {
    let i18n = en();
    let mut b = Browser::open().await;
    projector(&b).await;
    b.goto(&deck_path("en", kyr_chicago::trainer::QUIZ)).await;
    wait_for_slide(&b, "follow").await;
    assert_eq!(slide_title(&b).await, i18n.t(msg::PRESENT_QUIZ_TITLE));
    b.press(&[Key::Right]).await;
    let myths = content::MYTHS;
    for (i, m) in myths.iter().enumerate() {
        let at = i + 1;
        wait_for_slide(&b, &format!("/{at}")).await;
        // The statement, as something people say, for the room to vote on; not its answer.
        assert_eq!(slide_title(&b).await, i18n.t(&format!("myth_{}", m.id)));
        let slide = b.text_of(&format!("[id='/{at}']")).await.unwrap();
        assert!(slide.starts_with(&i18n.t(msg::PRESENT_QUIZ_SAYS)), "framed as a claim: {slide}");
        let fact = i18n.attr(&format!("myth_{}", m.id), "fact").unwrap();
        assert!(!slide.contains(&fact), "the answer waits for the reveal");
        if at == 1 {
            b.assert_accessible("a quiz statement").await;
        }
        b.press(&[Key::Space]).await;
        wait_for_slide(&b, &format!("/{at}/answer")).await;
        let answer = b.text_of(&format!("[id='/{at}/answer']")).await.unwrap();
        assert!(answer.starts_with(&i18n.label(msg::MYTH_LABEL)), "labelled a myth: {answer}");
        assert!(answer.contains(&fact), "the fact");
        if at == 1 {
            b.assert_accessible("a quiz answer").await;
        }
        // (A long answer is read to its end first.)
        for presses in 0.. {
            assert!(presses < 20, "PageDown leaves the answer");
            if shown(&b).await != format!("/{at}/answer") {
                break;
            }
            b.press(&[Key::PageDown]).await;
        }
    }
    wait_for_slide(&b, "end").await;
    assert_eq!(slide_title(&b).await, i18n.t(msg::PRESENT_QUIZ_END));
    b.press(&[Key::Home]).await;
    wait_for_slide(&b, "/1").await;
    b.finish().await;
}

#[tokio::test]
async fn the_phone_quiz_asks_one_statement_at_a_time_and_keeps_the_score_on_the_screen_only() {
    let i18n = en();
    let mut b = Browser::open().await;
    b.goto(&kyr_chicago::trainer::quiz_path("en")).await;
    b.wait_for_app().await;
    b.assert_accessible("the phone quiz").await;
    let n = content::MYTHS.len();
    let visible_items =
        "[...document.querySelectorAll('.quiz-item')].filter(i => i.getClientRects().length).map(i => i.id)";
    let mut right = 0;
    for i in 1..=n {
        assert_eq!(b.js(visible_items).await, json!([format!("q{i}")]), "one statement at a time");
        let item = format!("#q{i}");
        assert!(!visible(&b, &format!("{item} .quiz-answer")).await, "the answer waits");
        // Every statement is a myth: answer some right, some wrong.
        let (button, verdict) = if i % 2 == 1 {
            right += 1;
            (".quiz-myth", msg::QUIZ_RIGHT)
        } else {
            (".quiz-true", msg::QUIZ_WRONG)
        };
        b.client.find(Locator::Css(&format!("{item} {button}"))).await.unwrap().click().await.unwrap();
        assert_eq!(b.text_of(&format!("{item} .quiz-verdict")).await, Some(i18n.t(verdict)));
        let m = &content::MYTHS[i - 1];
        let answer = b.text_of(&format!("{item} .quiz-answer")).await.unwrap();
        assert!(answer.contains(&i18n.attr(&format!("myth_{}", m.id), "fact").unwrap()), "the fact shows");
        if i == 1 {
            b.assert_accessible("an answered statement").await;
        }
        b.client.find(Locator::Css(&format!("{item} .quiz-next"))).await.unwrap().click().await.unwrap();
    }
    let score = i18n.fmt(
        msg::QUIZ_SCORE,
        &[
            ("right", kyr_chicago::i18n::Arg::Str(right.to_string())),
            ("total", kyr_chicago::i18n::Arg::Str(n.to_string())),
        ],
    );
    assert_eq!(b.text_of(".quiz-score").await, Some(score));
    // Nothing about the answers is kept: no cookie, nothing in storage.
    assert_eq!(
        b.js("[document.cookie, localStorage.length, sessionStorage.length]").await,
        json!(["", 0, 0]),
        "the score stays on the screen"
    );
    b.client.find(Locator::Css(".quiz-again")).await.unwrap().click().await.unwrap();
    assert_eq!(b.js(visible_items).await, json!(["q1"]), "starts again");
    b.finish().await;
}
