import Foundation
import Hummingbird

/// The site's own files: one style sheet and the verify page's script. Nothing is read from a path a request names.
struct StaticRoutes {
    let site: Site

    func add(to router: Router<BasicRequestContext>) {
        router.get("/static/site.css") { _, _ in StaticFile.styleSheet.response }
        router.get("/static/verify.js") { _, _ in StaticFile.verifyScript.response }
    }
}

/// A file from the target's `Resources/` folder, built into the binary by the EmbedShippedData plugin.
struct StaticFile: Sendable {
    let data: Data
    let contentType: String

    static let styleSheet = StaticFile(resource: "site.css", contentType: "text/css; charset=utf-8")
    static let verifyScript = StaticFile(resource: "verify.js", contentType: "text/javascript; charset=utf-8")
    static let openAPI = StaticFile(resource: "openapi.json", contentType: "application/json; charset=utf-8")

    init(resource name: String, contentType: String) {
        guard let text = ShippedFiles.texts["Resources/\(name)"] else { preconditionFailure("Resources/\(name) is not built into skills") }
        self.data = Data(text.utf8)
        self.contentType = contentType
    }

    var response: Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
