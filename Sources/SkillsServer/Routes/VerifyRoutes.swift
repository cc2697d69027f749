import Hummingbird
import SkillsCore
import SkillsServices

/// `/verify`: anyone, signed in or not, checks a certificate by its code or the text of its QR code.
///
/// What is typed is only ever text to the verifier (`CertificateEvidence.text`), never a path, so nothing typed here
/// can make the server open a file.
struct VerifyRoutes {
    let site: Site
    /// Longer than any certificate token; anything longer is not one.
    static let longestInput = 4096

    func add(to router: Router<BasicRequestContext>) {
        router.get("/verify") { request, _ in
            let visit = try await site.visit(request)
            let input = request.uri.queryParameters.get("code") ?? ""
            var content = Self.form(input, visit.strings)
            if !input.isEmpty {
                let verdict: Verdict =
                    input.count > Self.longestInput
                    ? .unknown("that is too long to be a certificate code")
                    : try await CertificateService(site.services).verify(.text(input))
                content = VerdictView(verdict: verdict, strings: visit.strings, language: visit.language).html + content
            }
            var page = Page(title: visit.strings.verifyTitle, visit: visit, content: content)
            // A QR code opens /verify#TOKEN: the fragment never reaches a server, so this small script file (no
            // inline script) moves it into the query; without script a person types the code instead.
            page.extraHead = "<script src=\"/static/verify.js\" defer></script>"
            return page.response
        }
    }

    static func form(_ input: String, _ strings: Strings) -> String {
        """
        <form method="get" action="/verify">
        <p><label for="code">\(strings.verifyLabel)</label>
        <span class="hint" id="code-hint">\(strings.verifyHint)</span>
        <input id="code" name="code" value="\(HTML.escape(input))" aria-describedby="code-hint" autocomplete="off" spellcheck="false"></p>
        <p><button type="submit">\(strings.check)</button></p>
        </form>
        """
    }
}
