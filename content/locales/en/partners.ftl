# The page where community groups get the code that shows the situations on their own website
# (/<lang>/embed). Only that page uses these messages (the part `partners`; see `bundle::part_of`).

partners-title = Put this guide on your website
partners-intro = Community groups can show the situations on their own website, in a frame that sets its own height to fit each step. Choose the options, check the preview, then copy the code and paste it into your page.
partners-language = Language
partners-start = Start at
partners-start-list = The list of all situations
partners-accent = Accent colour (used for borders only, so the text stays easy to read)
# $default: the address quick exit goes to unless the partner chooses one (https://www.weather.gov/).
partners-exit = Where quick exit goes (the button that leaves the guide at once): an address that starts with https://. Choose a site that has nothing to do with immigration, such as a weather or news site. Leave it empty to use { $default }.
partners-exit-invalid = This does not start with https://, so quick exit will go to { $default }.
partners-preview = Preview
partners-preview-note = Quick exit works in the preview too: it leaves this page, and your choices are lost.
partners-preview-title = Preview of the guide as your visitors will see it
partners-code = The code for your page
partners-code-help = Paste it where the guide should appear: in your page's HTML, or in your website builder's block for HTML or embed code (in WordPress, "Custom HTML").
partners-copy = Copy the code
partners-copied = Copied. Now paste it into your page.
partners-copy-failed = Copying did not work in this browser. The code is now selected: copy it yourself (Ctrl+C, or ⌘+C on a Mac).
partners-needs-script = To change the options, turn on JavaScript in your browser. Until then, the code below shows the list of all situations in this page's language.
partners-no-script = If your website removes the <script> line of the code (some free plans and page builders do), the frame still works: it stays 640 pixels tall and scrolls inside. If your website removes the frame too, put a link to this guide on your page instead.
partners-privacy = The frame sets no cookies and runs no analytics. Your own website's cookies and analytics still apply to the rest of your page. Quick exit inside the frame replaces your whole page with the quick exit address above. It cannot erase the browser's history. After you publish, try quick exit on your page to check that the whole page leaves.
