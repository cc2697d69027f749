import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import SkillsServer

/// The navigation offers each person the pages they may use: a tutor is not shown a coordinator's dashboard link that
/// would only answer 403.
@Suite struct NavigationTests {
    static func navigation(_ html: String) -> String {
        guard let start = html.range(of: "<nav"), let end = html.range(of: "</nav>") else { return "" }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func onlyCoordinatorsAreOfferedTheDashboard() async throws {
        let programme = try await WebProgramme.shared.value
        try await programme.application().test(.router) { client in
            let tutor = Browser(client)
            try await tutor.signIn("T-ALED")
            let (_, tutorPage) = try await tutor.page("/learners")
            #expect(Self.navigation(tutorPage).contains("href=\"/learners\""))
            #expect(!Self.navigation(tutorPage).contains("href=\"/coordinator\""))
            let coordinator = Browser(client)
            try await coordinator.signIn("priya-coord")
            let (_, coordinatorPage) = try await coordinator.page("/learners")
            #expect(Self.navigation(coordinatorPage).contains("href=\"/coordinator\""))
        }
    }
}
