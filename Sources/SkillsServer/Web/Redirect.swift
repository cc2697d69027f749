import Hummingbird

/// "See other": where a browser goes next, after a form or when it must sign in first.
enum Redirect {
    static func to(_ path: String, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.location] = path
        return Response(status: .seeOther, headers: headers)
    }

    /// A local path safe to send a browser back to: one that starts with a single `/`, never another site.
    static func localPath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\") else { return "/" }
        return path
    }
}
