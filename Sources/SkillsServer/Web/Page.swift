import Hummingbird

/// A whole HTML page: the same frame around every page's content, with a skip link, the header's navigation, the
/// language switch and the sign-out button, then the page's own heading and content in the main landmark.
struct Page {
    let title: String
    let visit: Visit
    /// The page's content, already escaped, after its heading.
    let content: String
    var status: HTTPResponse.Status = .ok

    /// The page as an answer.
    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    var html: String {
        let strings = visit.strings
        return """
            <!doctype html>
            <html lang="\(visit.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · \(strings.siteName)</title>
            <link rel="stylesheet" href="/static/site.css">
            \(extraHead)
            </head>
            <body>
            <a class="skip" href="#main">\(strings.skipToContent)</a>
            <header>
            <p class="brand"><a href="/">\(strings.siteName)</a></p>
            <nav aria-label="\(strings.mainNavigation)"><ul>\(navigation)</ul></nav>
            </header>
            <main id="main">
            <h1>\(HTML.escape(title))</h1>
            \(content)
            </main>
            </body>
            </html>
            """
    }

    /// Extra elements in the head: only the verify page adds its script file.
    var extraHead = ""

    private var navigation: String {
        let strings = visit.strings
        var links: [(String, String)] = []
        if visit.actorName != nil {
            links = [("/learners", strings.myLearners), ("/sessions/new", strings.recordSession), ("/me/check", strings.myCheck)]
            if let role = visit.role, role >= .coordinator { links.append(("/coordinator", visit.language.coordinatorStrings.dashboard)) }
        } else if visit.session == nil {
            links = [("/sign-in", strings.signIn)]
        } else {
            links = [("/me", strings.myProgress)]
        }
        links.append(("/verify", strings.verifyTitle))
        var items = links.map { path, label in
            let current = path == visit.path ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(path)\"\(current)>\(HTML.escape(label))</a></li>"
        }
        let other = visit.language.other
        items.append(
            "<li><a href=\"/language?to=\(other.rawValue)&amp;back=\(HTML.urlPart(visit.path))\" lang=\"\(other.rawValue)\" "
                + "hreflang=\"\(other.rawValue)\">\(other.ownName)</a></li>")
        if let session = visit.session {
            items.append(
                "<li><form method=\"post\" action=\"/sign-out\">\(Form.tokenField(session.formToken))"
                    + "<button type=\"submit\" class=\"link\">\(HTML.escape(strings.signOut))</button></form></li>")
        }
        return items.joined()
    }
}
