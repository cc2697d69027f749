"""A tutor's journey through `skills serve` in headless Chromium, with an axe-core scan of every page.

Builds a small programme with the `skills` binary, starts `skills serve --port 0`, then in a real browser: signs in as
a tutor, records a group session with outcomes, sees the learner's progress change, enrols a learner (refused beside
the field until they agree), checks /verify says VALID for a
real code (typed, and opened the QR way, /verify#TOKEN) and TAMPERED for an altered token; gives a learner a one-time
access code, with which the learner downloads their certificate, which `skills certificate verify FILE` accepts, and
their data as the `learner export` JSON, and asks for erasure; a coordinator sees the dashboard, downloads the
regional report, uploads a CSV import, issues the due certificates and sees the erasure request; and runs axe-core on every page in English and
in Welsh (no serious or critical violations allowed). Screenshots at 360 and 1280 pixels wide go
into a temporary folder, printed at the end; at both widths every radio button and tick box must sit beside its label,
which is at least 44 px high, and no word may be split across lines. Exits 1 on the first failed check.
usage: serve_journey.py SKILLS_BINARY
"""

import json
import os
import subprocess
import sys
import tempfile
import time

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import (NoSuchElementException, StaleElementReferenceException, TimeoutException,
                                        WebDriverException)
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "correct horse battery"
ATTACK = "<script>alert(1)</script>"


def run(skills, env, *arguments, stdin=None):
    result = subprocess.run([skills, *arguments], env=env, input=stdin, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"FAIL: skills {' '.join(arguments)}: {result.stderr.strip()}")
    return result.stdout


def build_programme(skills, folder):
    env = dict(os.environ, SKILLS_DB=os.path.join(folder, "programme.sqlite"), SKILLS_ACTOR="admin", SKILLS_TODAY="2026-11-26")
    run(skills, env, "init", "--name", "Browser Test Programme")
    run(skills, env, "centre", "add", "CARD-01", "--name", "Cardiff Central Library", "--region", "W92000004")
    run(skills, env, "tutor", "add", "T-ALED", "--name", "Aled Rees", "--centre", "CARD-01", "--dbs-checked", "2024-01-15")
    for ref, name in [("L-GWEN", "Gwenllian Ŵyn"), ("L-XSS", ATTACK), ("L-CERT", "Eirlys Jones")]:
        run(skills, env, "learner", "enrol", "--ref", ref, "--name", name, "--centre", "CARD-01", "--enrolled", "2026-09-01")
    run(skills, env, "actor", "add", "T-ALED", "--role", "tutor", "--centre", "CARD-01")
    run(skills, env, "actor", "password", "T-ALED", "--stdin", stdin=PASSWORD + "\n")
    run(skills, env, "session", "record", "--tutor", "T-ALED", "--learner", "L-CERT", "--minutes", "45", "--outcome", "F1.1",
        "--date", "2026-11-20")
    run(skills, env, "certificate", "issue", "--learner", "L-CERT", "--kind", "progress", "--out", os.path.join(folder, "out"))
    # L-CERT completes module F1, so a coordinator has a certificate to issue from the web.
    run(skills, env, "session", "record", "--tutor", "T-ALED", "--learner", "L-CERT", "--minutes", "45", "--outcome", "F1.2",
        "--outcome", "F1.3", "--outcome", "F1.4", "--date", "2026-11-21")
    run(skills, env, "actor", "add", "coord", "--role", "coordinator")
    run(skills, env, "actor", "password", "coord", "--stdin", stdin=PASSWORD + "\n")
    code = json.loads(run(skills, env, "certificate", "list", "L-CERT", "--json"))[0]["code"]
    pdf = next(os.path.join(d, f) for d, _, files in os.walk(os.path.join(folder, "out")) for f in files if f.endswith(".pdf"))
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    token = next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Keywords:"))
    return env, code, token

# The checks below measure what a folded <details> holds too: it is opened while they measure, and folded again after.
UNFOLDED = """
const folded = [...document.querySelectorAll('details:not([open])')];
folded.forEach(details => details.open = true);
try {{ {body} }} finally {{ folded.forEach(details => details.open = false); }}
"""

# Every radio button and tick box on the page whose label is not to its right on the same line, or is under 44 px high
# (the label is the tap target), named by its id.
CHOICES_BESIDE_LABELS = UNFOLDED.format(body="""
return [...document.querySelectorAll('input[type=radio], input[type=checkbox]')].filter(box => {
    const label = document.querySelector(`label[for="${box.id}"]`);
    if (!label) return true;
    const b = box.getBoundingClientRect(), l = label.getBoundingClientRect(), middle = (b.top + b.bottom) / 2;
    return l.left < b.right - 1 || middle < l.top || middle > l.top + 44 || l.height < 44;
}).map(box => box.id || box.name);
""")

# Every word of up to 20 characters in the page's text lies on one line: a word split across two lines (such as
# "Refer|ence" in a narrow table column) comes back as two boxes. A longer run of characters, such as an address or the
# test's script-tag name, may break where it must. A hyphenated name may still break after its hyphen, so the parts
# count as words; a date (2027-01-15) may not.
WORDS_SPLIT = UNFOLDED.format(body="""
const split = [];
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\d{4}-\\d{2}-\\d{2}|[^\\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1 && match[0].length <= 20) split.push(match[0]);
    }
}
return split;
""")

class Journey:
    def __init__(self, base, shots, downloads):
        options = Options()
        options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-GB"):
            options.add_argument(argument)
        options.binary_location = "/usr/bin/chromium"
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.base = base
        self.shots = shots
        self.failures = []

    def check(self, condition, what):
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            self.failures.append(what)

    def open(self, path):
        self.driver.get(self.base + path)
        return self.driver.find_element(By.TAG_NAME, "body").text

    def scan(self, name):
        """Runs axe-core on the page shown, and screenshots it at phone and desktop widths."""
        axe = Axe(self.driver)
        axe.inject()
        results = axe.run()
        if not results.get("passes"):
            self.check(False, f"axe ran on {name}: it reported no passing rules at all")
        bad = [v for v in results["violations"] if v.get("impact") in ("serious", "critical")]
        for violation in bad:
            print(f"     {violation['id']}: {violation['help']} ({len(violation['nodes'])} elements)")
        language = self.driver.execute_script("return document.documentElement.lang")
        self.check(not bad, f"axe finds no serious or critical violations on {name} ({language})")
        for width in (360, 1280):
            self.driver.set_window_size(width, 900)
            height = self.driver.execute_script("return document.documentElement.scrollHeight")
            self.driver.set_window_size(width, min(max(height, 600), 6000))
            overflow = self.driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
            self.check(not overflow, f"{name} ({language}) fits {width} px without sideways scrolling")
            misplaced = self.driver.execute_script(CHOICES_BESIDE_LABELS)
            if misplaced:
                print(f"     {', '.join(misplaced)}")
            self.check(not misplaced, f"{name} ({language}) at {width} px: every radio button and tick box sits beside its "
                                      "label, a tap target at least 44 px high")
            split = self.driver.execute_script(WORDS_SPLIT)
            self.check(not split, f"{name} ({language}) at {width} px: no word is split across lines" +
                       (f" (split: {', '.join(split[:5])})" if split else ""))
            self.driver.save_screenshot(os.path.join(self.shots, f"{name}-{language}-{width}.png"))
        self.driver.set_window_size(1280, 900)

    def arrives(self, path):
        """Waits for the browser to finish following a form to a page; True when it lands there."""
        try:
            WebDriverWait(self.driver, 10).until(lambda driver: driver.current_url.endswith(path))
            return True
        except Exception:
            return False

    def main_shows(self, words, seconds=10):
        """Waits for the page's main text to hold `words`, across the old page being replaced; True when it does.
        Chromium can also answer "node does not belong to the document" (a plain WebDriverException) mid-replacement."""
        try:
            WebDriverWait(self.driver, seconds, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException,
                                                               WebDriverException)).until(
                lambda driver: words in driver.find_element(By.TAG_NAME, "main").text)
            return True
        except TimeoutException:
            return False

    def sign_in(self, name="T-ALED"):
        self.open("/sign-in")
        self.driver.find_element(By.ID, "name").send_keys(name)
        self.driver.find_element(By.ID, "password").send_keys(PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
        self.check(self.arrives("/learners"), "signing in opens 'my learners'")

    def record_group_session(self):
        self.open("/sessions/new")
        for ref in ("L-GWEN", "L-XSS"):
            self.driver.find_element(By.CSS_SELECTOR, f'input[name=learner][value="{ref}"]').click()
        minutes = self.driver.find_element(By.ID, "minutes")
        minutes.clear()
        minutes.send_keys("60")
        areas = self.driver.find_elements(By.CSS_SELECTOR, "fieldset.outcomes details")
        self.check(len(areas) > 1 and not any(area.get_attribute("open") for area in areas),
                   "the outcomes start folded under their skill areas")
        for outcome in ("F1.1", "F1.2"):
            box = self.driver.find_element(By.CSS_SELECTOR, f'input[name=outcome][value="{outcome}"]')
            area = box.find_element(By.XPATH, "ancestor::details")
            if not area.get_attribute("open"):
                area.find_element(By.TAG_NAME, "summary").click()
            box.click()
        self.driver.find_element(By.ID, "notes").send_keys("Spotting scam texts")
        self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        self.check(self.main_shows("is recorded"), "a group session with outcomes is recorded")

    def enrol_learner(self):
        """Enrols a learner through the form: refused beside the field without their agreement, then enrolled."""
        self.open("/enrol")
        self.driver.find_element(By.ID, "name").send_keys("Siân Ŵyn-Ellis")
        self.driver.find_element(By.CSS_SELECTOR, "main form[action='/enrol'] button[type=submit]").click()
        self.check(self.main_shows("Ask the learner whether they agree"),
                   "enrolling without the learner's agreement is refused beside the field")
        self.scan("enrol-problems")
        self.driver.find_element(By.ID, "consent").click()
        self.driver.find_element(By.CSS_SELECTOR, "main form[action='/enrol'] button[type=submit]").click()
        self.check(self.main_shows("Siân Ŵyn-Ellis is enrolled"), "a tutor enrols a learner who agrees")

    def coordinator(self, folder, downloads):
        """A coordinator's pages: the dashboard and a report download, a CSV upload, issuing due certificates; each
        scanned in English and Welsh."""
        self.driver.delete_all_cookies()
        self.sign_in("coord")
        text = self.open("/coordinator")
        self.check("Where the gap is biggest" in text and "Wales" in text, "the dashboard shows the tile map's figures")
        self.check(len(self.driver.find_elements(By.CSS_SELECTOR, "svg.tile-map rect")) > 0, "the tile map is drawn as SVG")
        self.scan("coordinator-dashboard")
        self.driver.find_element(By.PARTIAL_LINK_TEXT, "Regional report (PDF)").click()
        report = os.path.join(downloads, "regional-report-2026.pdf")
        for _ in range(120):
            if os.path.exists(report):
                break
            time.sleep(0.25)
        start = b""
        if os.path.exists(report):
            with open(report, "rb") as pdf:
                start = pdf.read(4)
        self.check(start == b"%PDF", "the coordinator downloads the regional report PDF")
        upload = os.path.join(folder, "centres.csv")
        with open(upload, "w", encoding="utf-8") as csv_file:
            csv_file.write("centre_ref,name,region_code\nSWAN-01,Swansea Central Library,W92000004\n")
        self.open("/coordinator/import")
        self.driver.find_element(By.ID, "kind-centres").click()
        self.driver.find_element(By.ID, "file").send_keys(upload)
        self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        self.check(self.main_shows("Imported: 1 rows read, 1 new"), "a CSV file uploaded in the browser is imported")
        self.scan("coordinator-import")
        self.open("/coordinator/certificates")
        self.driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        done = self.driver.find_element(By.TAG_NAME, "main").text if self.main_shows("Done:", seconds=120) else ""
        self.check("Done: 1 certificate issued." in done and "L-CERT-module-F1" in done,
                   "issuing due certificates finishes and lists what it issued")
        self.scan("coordinator-issue")
        self.open("/language?to=cy&back=/coordinator")
        text = self.open("/coordinator/erasures")
        self.check("L-CERT" in text, "the coordinator sees the learner's erasure request")
        self.scan("coordinator-erasures")
        for name, path in [("coordinator-dashboard", "/coordinator"), ("coordinator-import", "/coordinator/import"),
                           ("coordinator-issue", "/coordinator/certificates"), ("coordinator-erasures", "/coordinator/erasures")]:
            self.open(path)
            self.scan(name)
        self.open("/language?to=en&back=/coordinator")

    def pages(self, code):
        return [("sign-in", "/sign-in"), ("learners", "/learners"), ("progress", "/learners/L-GWEN"),
                ("enrol", "/enrol"),
                ("record-session", "/sessions/new"), ("dbs-check", "/me/check"), ("lapsing", "/tutors/lapsing"),
                ("verify", "/verify"),
                ("verify-valid", f"/verify?code={code}")]


def main(skills):
    folder = tempfile.mkdtemp(prefix="skills-browser-")
    shots = os.path.join(folder, "screenshots")
    os.makedirs(shots)
    env, code, token = build_programme(skills, folder)
    server = subprocess.Popen([skills, "serve", "--port", "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        first = server.stdout.readline().strip()
        if not first.startswith("listening on http://"):
            raise SystemExit(f"FAIL: serve printed {first!r}")
        downloads = os.path.join(folder, "downloads")
        os.makedirs(downloads)
        journey = Journey(first.removeprefix("listening on "), shots, downloads)
        try:
            journey.open("/sign-in")
            journey.scan("sign-in")
            before = journey.open("/verify")  # signed out: the verify page needs no sign-in
            journey.check("Check a certificate" in before, "/verify opens without signing in")
            journey.sign_in()
            text = journey.open("/learners/L-GWEN")
            journey.check("0 of" in text, "before the session, L-GWEN has no outcomes")
            journey.record_group_session()
            journey.enrol_learner()
            text = journey.open("/learners/L-GWEN")
            journey.check("2 of" in text, "after the session, L-GWEN's progress shows 2 outcomes")
            text = journey.open("/learners")
            journey.check(ATTACK in text, "a learner named like a script shows as text")
            journey.check(journey.driver.execute_script("return Array.from(document.scripts).filter(s => !s.src).length") == 0,
                          "no inline script on the page")
            text = journey.open(f"/verify?code={code}")
            journey.check("VALID" in text and "Eirlys Jones" in text, "/verify says VALID for a real code, with the name")
            journey.open("/")
            journey.driver.get(f"{journey.base}/verify#{token}")
            journey.check(journey.main_shows("VALID"), "/verify#TOKEN (the QR code's address) says VALID")
            altered = token[:-3] + ("1" if token[-3] != "1" else "2") + token[-2:]
            text = journey.open(f"/verify?code={altered}")
            journey.check("TAMPERED" in text, "/verify says TAMPERED for an altered token")
            journey.open("/learners/L-CERT")
            journey.driver.find_element(By.CSS_SELECTOR, "form[action$='/access-code'] button").click()
            journey.arrives("/access-code")
            words = journey.driver.find_element(By.TAG_NAME, "main").text
            access = next((w.strip(".,") for w in words.split() if len(w.strip(".,")) == 9 and w[4] == "-"), None)
            journey.check(access is not None, "a tutor gives a learner a one-time access code")
            for language in ("en", "cy"):
                journey.open(f"/language?to={language}&back=/learners")
                for name, path in journey.pages(code)[1:]:
                    journey.open(path)
                    journey.scan(name)
            journey.open("/language?to=en&back=/learners")
            journey.driver.find_element(By.CSS_SELECTOR, "header form button").click()
            journey.check(journey.arrives("/sign-in"), "signing out returns to sign-in")
            journey.open("/learners")
            journey.check(journey.driver.current_url.endswith("/sign-in"), "after signing out, pages need signing in again")
            journey.open("/language?to=cy&back=/sign-in")
            journey.scan("sign-in")
            journey.open("/learner")
            journey.scan("learner-sign-in")
            journey.driver.find_element(By.ID, "code").send_keys(access or "")
            journey.driver.find_element(By.CSS_SELECTOR, "main button[type=submit]").click()
            journey.check(journey.arrives("/me"), "the learner signs in with the code")
            journey.scan("learner-progress")
            journey.open("/language?to=en&back=/me")
            journey.scan("learner-progress")
            journey.driver.find_element(By.CSS_SELECTOR, "a[href^='/me/certificates/']").click()
            pdfs = []
            for _ in range(40):
                pdfs = [f for f in os.listdir(downloads) if f.endswith(".pdf")]
                if pdfs:
                    break
                time.sleep(0.25)
            journey.check(bool(pdfs), "the learner downloads their certificate")
            if pdfs:
                verified = subprocess.run([skills, "certificate", "verify", os.path.join(downloads, pdfs[0])], env=env,
                                          capture_output=True, text=True)
                journey.check(verified.returncode == 0 and verified.stdout.startswith("VALID"),
                              f"skills certificate verify accepts the download: {verified.stdout.strip()[:80]}")
            journey.driver.find_element(By.CSS_SELECTOR, "a[href='/me/data']").click()
            exports = []
            for _ in range(40):
                exports = [f for f in os.listdir(downloads) if f.endswith(".json")]
                if exports:
                    break
                time.sleep(0.25)
            exported = {}
            if exports:
                with open(os.path.join(downloads, exports[0]), encoding="utf-8") as file:
                    exported = json.load(file)
            journey.check(exported.get("format") == "digitalskills-learner-export/1"
                          and exported.get("learner", {}).get("ref") == "L-CERT",
                          "the learner downloads their own data as the learner export JSON")
            journey.driver.find_element(By.ID, "confirm").click()
            journey.driver.find_element(By.CSS_SELECTOR, "form[action='/me/erasure'] button[type=submit]").click()
            journey.check(journey.main_shows("A coordinator will confirm it"), "the learner asks for erasure; a coordinator confirms it")
            journey.coordinator(folder, downloads)
        finally:
            journey.driver.quit()
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"screenshots: {shots}")
    if server.returncode not in (0, -15):
        print(f"FAIL serve exited with {server.returncode} on SIGTERM")
        return 1
    if journey.failures:
        print(f"{len(journey.failures)} browser check(s) failed")
        return 1
    print("browser journey: every check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
