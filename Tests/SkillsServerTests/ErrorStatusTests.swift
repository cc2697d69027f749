import Hummingbird
import SkillsCore
import Testing

@testable import SkillsServer

/// The one mapping from service errors to HTTP: a database the server cannot reach, or with no connection free, is
/// 503, and its words (which name the database's address) reach no client, in either language.
@Suite struct ErrorStatusTests {
    static let unavailable = ServiceError.unavailable(
        location: "postgres://skills@db.internal:5432/county", reason: "all 8 of its connections stayed busy for 30 s")

    @Test func anUnavailableDatabaseIs503AndItsAddressStaysInside() {
        #expect(ErrorStatus.of(Self.unavailable) == .serviceUnavailable)
        for language in Language.allCases {
            let words = ServiceWords(language: language).error(Self.unavailable)
            #expect(!words.contains("db.internal"), "\(language) words name the database: \(words)")
            #expect(!words.contains("connections"), "\(language) words give the reason: \(words)")
        }
    }

    @Test func aFaultInTheRequestStillSaysWhatWasWrong() {
        let unknown = ServiceError.unknown(.learner, "L-NONE", nearest: nil)
        #expect(ErrorStatus.of(unknown) == .notFound)
        #expect(ErrorStatus.message(unknown) == unknown.plainWords)
    }
}
