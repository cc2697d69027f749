import Foundation
import Hummingbird
import Logging

/// One structured log line per request: the method, the route's pattern (`/learners/{ref}`, never the ref itself),
/// the status and the time taken. No query, cookie, header or body is logged, so no personal data or secret is.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let elapsed = ContinuousClock.now - start
            let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
            context.logger.info(
                "request",
                metadata: [
                    "method": .string(request.method.rawValue), "route": .string(context.endpointPath ?? "unmatched"),
                    "status": .stringConvertible(status), "ms": .string(String(format: "%.1f", milliseconds)),
                ])
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            throw error
        }
    }
}
