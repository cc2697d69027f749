// Checks a DigitalSkills certificate in the browser: the token in the address's fragment (never sent to a server)
// is decoded, and its Ed25519 signature checked with WebCrypto against the programme's public keys in verify-data.js.
// Reads both token formats: DS2 (compact binary as decimal digits) and DS1 (base32 JSON, older certificates).
// The byte layout is documented in docs/certificates.md and written by Sources/SkillsCore/Certificates/CompactFacts.swift.
"use strict";

(function () {
  const data = window.DIGITALSKILLS_VERIFY;
  const kinds = ["progress", "module", "area", "curriculum"];
  const codeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const words = {
    en: {
      lang: "en-GB", title: "Check a certificate", valid: "VALID", invalid: "NOT VALID",
      validText: (issuer) => `This certificate was issued by ${issuer}, and nothing on it has been changed since.`,
      invalidText: "The signature does not match what the certificate says: something on it was changed, or it was not issued by this programme. Do not rely on it.",
      unreadable: "This is not the text of a DigitalSkills certificate, or part of it is missing.",
      empty: "There is no certificate in this address. Scan the QR code on a certificate, or paste its text below.",
      noCrypto: "This browser cannot check signatures (it lacks Ed25519 in WebCrypto). Try an up-to-date browser.",
      withdrawal: "This page checks the signature only. Whether the certificate was later withdrawn can only be checked online with the programme.",
      name: "Name", award: "Award", skills: "Skills", achieved: "Date achieved", issued: "Date issued", centre: "Centre",
      issuer: "Issued by", code: "Verification code", of: (a, b) => `${a} of ${b}`, areasCompleted: "Skill areas completed",
      kinds: { progress: "Progress certificate", module: "Module completed", area: "Skill area completed", curriculum: "Award completed" },
      months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
      tokenLabel: "Or paste the text of a certificate’s QR code", check: "Check", working: "Checking the certificate…",
      privacy: "The certificate is checked on this device: what it says is never sent anywhere.",
    },
    cy: {
      lang: "cy", title: "Gwirio tystysgrif", valid: "DILYS", invalid: "DDIM YN DDILYS",
      validText: (issuer) => `Cyhoeddwyd y dystysgrif hon gan ${issuer}, ac nid oes dim arni wedi newid ers hynny.`,
      invalidText: "Nid yw’r llofnod yn cyfateb i’r hyn a ddywed y dystysgrif: newidiwyd rhywbeth arni, neu nid y rhaglen hon a’i cyhoeddodd. Peidiwch â dibynnu arni.",
      unreadable: "Nid testun tystysgrif DigitalSkills yw hwn, neu mae rhan ohono ar goll.",
      empty: "Nid oes tystysgrif yn y cyfeiriad hwn. Sganiwch y cod QR ar dystysgrif, neu gludwch ei thestun isod.",
      noCrypto: "Ni all y porwr hwn wirio llofnodion (nid oes ganddo Ed25519 yn WebCrypto). Rhowch gynnig ar borwr cyfredol.",
      withdrawal: "Mae’r dudalen hon yn gwirio’r llofnod yn unig. Dim ond ar-lein gyda’r rhaglen y gellir gwirio a dynnwyd y dystysgrif yn ôl wedyn.",
      name: "Enw", award: "Dyfarniad", skills: "Sgiliau", achieved: "Dyddiad cyflawni", issued: "Dyddiad cyhoeddi", centre: "Canolfan",
      issuer: "Cyhoeddwyd gan", code: "Cod dilysu", of: (a, b) => `${a} o ${b}`, areasCompleted: "Meysydd sgiliau a gwblhawyd",
      kinds: { progress: "Tystysgrif cynnydd", module: "Modiwl wedi’i gwblhau", area: "Maes sgiliau wedi’i gwblhau", curriculum: "Dyfarniad wedi’i gwblhau" },
      months: ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
      tokenLabel: "Neu gludwch destun cod QR tystysgrif", check: "Gwirio", working: "Yn gwirio’r dystysgrif…",
      privacy: "Caiff y dystysgrif ei gwirio ar y ddyfais hon: nid anfonir yr hyn a ddywed i unman.",
    },
  };
  let language = (navigator.language || "").toLowerCase().startsWith("cy") ? "cy" : "en";
  let lastResult = null;

  // ---- Token formats -------------------------------------------------------------------------------------------

  const digitsForBytes = { 3: 1, 5: 2, 8: 3, 10: 4, 13: 5, 15: 6, 17: 7 };

  function decimalToBytes(digits) {
    const bytes = [];
    for (let start = 0; start < digits.length; start += 17) {
      const chunk = digits.slice(start, start + 17);
      const count = digitsForBytes[chunk.length];
      if (!count || !/^[0-9]+$/.test(chunk)) return null;
      let value = BigInt(chunk);
      if (count < 8 && value >> BigInt(8 * count) !== 0n) return null;
      const run = [];
      for (let i = 0; i < count; i++) { run.unshift(Number(value & 255n)); value >>= 8n; }
      bytes.push(...run);
    }
    return new Uint8Array(bytes);
  }

  function base32ToBytes(text) {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const bytes = [];
    let buffer = 0, bits = 0;
    for (const character of text) {
      const value = alphabet.indexOf(character);
      if (value < 0) return null;
      buffer = ((buffer << 5) | value) & 0xffff;
      bits += 5;
      if (bits >= 8) { bytes.push((buffer >> (bits - 8)) & 255); bits -= 8; }
    }
    return new Uint8Array(bytes);
  }

  /** The signed bytes and signature in a token, or null. */
  function parseToken(text) {
    const compact = text.match(/DS2\.([0-9]+)/);
    if (compact) {
      const bytes = decimalToBytes(compact[1]);
      if (!bytes || bytes.length <= 64) return null;
      return { format: 2, signed: bytes.slice(0, bytes.length - 64), signature: bytes.slice(bytes.length - 64) };
    }
    const legacy = text.match(/DS1\.([A-Z2-7]+)\.([A-Z2-7]+)/);
    if (legacy) {
      const signed = base32ToBytes(legacy[1]);
      const signature = base32ToBytes(legacy[2]);
      if (!signed || !signature || signature.length !== 64) return null;
      return { format: 1, signed, signature };
    }
    return null;
  }

  /** Compact text: a LEB128 length, a window byte (0: UTF-8), then the bytes. */
  function readText(bytes, cursor) {
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      if (cursor.at >= bytes.length || shift > 14) throw new Error("short");
      const byte = bytes[cursor.at++];
      length |= (byte & 127) << shift;
      if (byte < 128) break;
    }
    if (length < 1 || cursor.at + length > bytes.length) throw new Error("short");
    const window = bytes[cursor.at];
    const body = bytes.slice(cursor.at + 1, cursor.at + length);
    cursor.at += length;
    if (window === 0) return new TextDecoder("utf-8", { fatal: true }).decode(body);
    return Array.from(body, (b) => String.fromCodePoint(b < 128 ? b : window * 128 + b - 128)).join("");
  }

  function isoDay(days) {
    return new Date(Date.UTC(2000, 0, 1) + days * 86400000).toISOString().slice(0, 10);
  }

  function findCurriculum(id, version) {
    return data.curricula.find((c) => c.id === id && c.version === version) || null;
  }

  /** Format 2 facts, completed from the curriculum they name. */
  function compactFacts(bytes) {
    if (bytes[0] !== 2 || bytes[1] >= kinds.length) throw new Error("format");
    const kind = kinds[bytes[1]];
    let value = 0n;
    for (let i = 2; i < 10; i++) value = (value << 8n) | BigInt(bytes[i]);
    let code = "";
    for (let i = 11; i >= 0; i--) code += codeAlphabet[Number((value >> BigInt(5 * i)) & 31n)];
    const cursor = { at: 10 };
    const curriculumID = readText(bytes, cursor);
    const version = (bytes[cursor.at] << 8) | bytes[cursor.at + 1];
    cursor.at += 2;
    const subject = readText(bytes, cursor);
    const achieved = isoDay((bytes[cursor.at] << 8) | bytes[cursor.at + 1]);
    const issued = isoDay((bytes[cursor.at + 2] << 8) | bytes[cursor.at + 3]);
    cursor.at += 4;
    const learner = readText(bytes, cursor);
    const centre = readText(bytes, cursor);
    const curriculum = findCurriculum(curriculumID, version);
    if (!curriculum) throw new Error("curriculum");
    const facts = { kind, code, learner, centre, achieved, issued, curriculum, counts: null, subject };
    if (kind === "progress" || kind === "curriculum") {
      const n = bytes[cursor.at];
      if (n !== curriculum.areas.length || cursor.at + 1 + n !== bytes.length) throw new Error("counts");
      facts.counts = curriculum.areas.map((area, i) => ({ area, achieved: bytes[cursor.at + 1 + i], total: area.outcomes }));
    } else if (cursor.at !== bytes.length) {
      throw new Error("length");
    }
    return facts;
  }

  /** Format 1 facts: JSON with short keys. */
  function legacyFacts(bytes) {
    const json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    const [curriculumID, version] = String(json.cv || "").split("@");
    const curriculum = findCurriculum(curriculumID, Number(version));
    const counts = (json.a || []).map((line) => {
      const [id, numbers] = line.split(":");
      const [achieved, total] = numbers.split("/").map(Number);
      const area = curriculum && curriculum.areas.find((a) => a.id === id);
      return { area: area || { id, title: id, titleCy: id }, achieved, total };
    });
    return {
      kind: json.k, code: json.c, learner: json.n, centre: json.r ? `${json.ce}, ${json.r}` : json.ce, achieved: null,
      issued: json.d, curriculum, counts, subject: json.s, title: json.t, titleCy: json.tc, issuer: json.i,
    };
  }

  // ---- Checking ------------------------------------------------------------------------------------------------

  async function verifySignature(signed, signature) {
    for (const key of data.keys) {
      const raw = Uint8Array.from(atob(key), (c) => c.charCodeAt(0));
      const publicKey = await crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
      if (await crypto.subtle.verify({ name: "Ed25519" }, publicKey, signature, signed)) return true;
    }
    return false;
  }

  async function check(text) {
    if (!text) return { state: "empty" };
    const token = parseToken(text);
    if (!token) return { state: "unreadable" };
    if (!window.crypto || !crypto.subtle) return { state: "noCrypto" };
    let genuine;
    try {
      genuine = await verifySignature(token.signed, token.signature);
    } catch (error) {
      return { state: "noCrypto" };
    }
    if (!genuine) return { state: "invalid" };
    try {
      return { state: "valid", facts: token.format === 2 ? compactFacts(token.signed) : legacyFacts(token.signed) };
    } catch (error) {
      return { state: "unreadable" };
    }
  }

  // ---- Showing -------------------------------------------------------------------------------------------------

  function humanDate(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    return `${day} ${words[language].months[month - 1]} ${year}`;
  }

  function localTitle(thing) {
    return language === "cy" && thing.titleCy ? thing.titleCy : thing.title;
  }

  function awardTitle(facts) {
    if (facts.title) return language === "cy" && facts.titleCy ? facts.titleCy : facts.title;
    const c = facts.curriculum;
    if (facts.kind === "module") return localTitle(c.modules.find((m) => m.id === facts.subject));
    if (facts.kind === "area") return localTitle(c.areas.find((a) => a.id === facts.subject));
    if (facts.kind === "curriculum") return localTitle(c.awards.find((a) => a.id === facts.subject) || c);
    return localTitle(c);
  }

  /** The skills as list items: a module's or area's "I can …" statements, or each area's count. */
  function skillItems(facts) {
    const w = words[language];
    const c = facts.curriculum;
    if (c && !facts.counts && (facts.kind === "module" || facts.kind === "area")) {
      const modules = facts.kind === "module" ? c.modules.filter((m) => m.id === facts.subject) : c.modules.filter((m) => m.area === facts.subject);
      const outcomes = modules.flatMap((m) => m.outcomes);
      return [`${w.of(outcomes.length, outcomes.length)}`].concat(outcomes.map((o) => (language === "cy" && o.textCy ? o.textCy : o.text)));
    }
    const items = (facts.counts || []).map((line) => `${localTitle(line.area)}: ${w.of(line.achieved, line.total)}`);
    if (facts.kind === "curriculum" && facts.counts) {
      const complete = facts.counts.filter((line) => line.total > 0 && line.achieved >= line.total).length;
      items.unshift(`${w.areasCompleted}: ${w.of(complete, facts.counts.length)}`);
    }
    return items;
  }

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    for (const child of [].concat(children || [])) node.append(child);
    return node;
  }

  function show(result) {
    lastResult = result;
    const w = words[language];
    const section = document.getElementById("result");
    section.replaceChildren();
    if (result.state === "empty" || result.state === "noCrypto") {
      section.append(element("p", { id: "message", class: "explanation" }, w[result.state]));
      return;
    }
    const valid = result.state === "valid";
    const verdict = element("h2", { id: "verdict", class: `verdict ${valid ? "valid" : "invalid"}`, tabindex: "-1" }, valid ? w.valid : w.invalid);
    section.append(verdict);
    const explanation = valid ? w.validText(result.facts.issuer || data.programme) : result.state === "unreadable" ? w.unreadable : w.invalidText;
    section.append(element("p", { class: "explanation", id: "message" }, explanation));
    if (valid) {
      const facts = result.facts;
      const rows = [[w.name, facts.learner, "fact-name"], [w.award, awardTitle(facts), "fact-award"]];
      const list = element("ul", {}, skillItems(facts).map((item) => element("li", {}, item)));
      rows.push([w.skills, list, "fact-skills"]);
      if (facts.achieved) rows.push([w.achieved, humanDate(facts.achieved), "fact-achieved"]);
      rows.push([w.issued, humanDate(facts.issued), "fact-issued"]);
      rows.push([w.centre, facts.centre, "fact-centre"]);
      rows.push([w.issuer, facts.issuer || data.programme, "fact-issuer"]);
      rows.push([w.code, facts.code.match(/.{1,4}/g).join("-"), "fact-code"]);
      const dl = element("dl", { id: "facts" });
      for (const [label, value, id] of rows) dl.append(element("dt", {}, label), element("dd", { id }, value));
      section.append(dl);
    }
    section.append(element("p", { class: "note", id: "withdrawal" }, w.withdrawal));
    verdict.focus();
  }

  function applyLanguage() {
    const w = words[language];
    document.documentElement.lang = w.lang;
    document.title = `${w.title} — ${data.programme}`;
    document.getElementById("page-title").textContent = w.title;
    document.getElementById("programme").textContent = data.programme;
    document.getElementById("token-label").textContent = w.tokenLabel;
    document.getElementById("check-button").textContent = w.check;
    document.getElementById("privacy").textContent = w.privacy;
    const working = document.getElementById("working");
    if (working) working.textContent = w.working;
    for (const code of ["en", "cy"]) document.getElementById(`lang-${code}`).setAttribute("aria-pressed", String(code === language));
    if (lastResult) show(lastResult);
  }

  async function run() {
    let text = location.hash.replace(/^#/, "");
    try {
      text = decodeURIComponent(text);
    } catch (error) {
      // A stray % in a hand-typed address: check the text as it is.
    }
    show(await check(text));
  }

  document.getElementById("lang-en").addEventListener("click", () => { language = "en"; applyLanguage(); });
  document.getElementById("lang-cy").addEventListener("click", () => { language = "cy"; applyLanguage(); });
  document.getElementById("check-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = document.getElementById("token").value.trim();
    const at = text.search(/DS[12]\./);
    location.hash = at >= 0 ? text.slice(at) : text;
  });
  window.addEventListener("hashchange", run);
  applyLanguage();
  run();
})();
