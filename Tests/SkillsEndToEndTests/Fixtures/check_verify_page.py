"""Opens the verify page in headless Chromium (Selenium) with certificate tokens in the address's fragment and
prints, for each, what a person would read: the verdict, the facts shown, the withdrawal note, and the verdict
after switching to Welsh, as one JSON object per line.

The page is served from a local HTTP server on a free port, as a static web host would serve it.
usage: check_verify_page.py PAGE_DIR TOKEN [TOKEN ...]
"""

import functools
import http.server
import json
import sys
import threading

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main(page_dir, tokens):
    handler = functools.partial(QuietHandler, directory=page_dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en-GB"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    requests = []
    try:
        for token in tokens:
            driver.get("about:blank")
            driver.get(f"http://127.0.0.1:{server.server_address[1]}/index.html#{token}")
            wait = WebDriverWait(driver, 20)
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#verdict, #message")))
            result = {"token": token[:12]}
            verdicts = driver.find_elements(By.ID, "verdict")
            result["verdict"] = verdicts[0].text if verdicts else None
            result["message"] = " ".join(e.text for e in driver.find_elements(By.ID, "message"))
            result["facts"] = {e.get_attribute("id"): e.text for e in driver.find_elements(By.CSS_SELECTOR, "#facts dd")}
            result["withdrawal"] = " ".join(e.text for e in driver.find_elements(By.ID, "withdrawal"))
            result["focused"] = driver.switch_to.active_element.get_attribute("id")
            result["live"] = driver.find_element(By.ID, "result").get_attribute("aria-live")
            result["scripts_inline"] = driver.execute_script(
                "return Array.from(document.scripts).filter(s => !s.src).length")
            driver.find_element(By.ID, "lang-cy").click()
            verdicts = driver.find_elements(By.ID, "verdict")
            result["verdict_cy"] = verdicts[0].text if verdicts else None
            result["lang_cy"] = driver.execute_script("return document.documentElement.lang")
            result["skills_cy"] = " ".join(e.text for e in driver.find_elements(By.ID, "fact-skills"))
            driver.find_element(By.ID, "lang-en").click()
            requests.append(result)
            print(json.dumps(result, ensure_ascii=False), flush=True)
    finally:
        driver.quit()
        server.shutdown()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
