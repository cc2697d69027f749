import Foundation
import SkillsCore
import SkillsTestSupport
import Testing

@testable import SkillsServices

/// Replays every input the fuzzers kept (Fuzz/corpus) and every crash they found (Fuzz/crashes) through the same
/// readers as the fuzz targets, so a change that makes one of them crash fails here, without libFuzzer.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    /// The files under `Fuzz/corpus/<target>` and `Fuzz/crashes/<target>`.
    static func inputs(_ target: String) -> [Data] {
        ["corpus", "crashes"].flatMap { folder -> [Data] in
            let url = Paths.packageRoot.appendingPathComponent("Fuzz/\(folder)/\(target)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.sorted().compactMap { FileManager.default.contents(atPath: url.appendingPathComponent($0).path) }
        }
    }

    static let curriculum = try! CurriculumYAML.read(
        String(contentsOf: Paths.packageRoot.appendingPathComponent("Curricula/eds-life.yaml"), encoding: .utf8), file: "eds-life.yaml")

    @Test("every target has a corpus to replay", arguments: ["FuzzCSV", "FuzzToken", "FuzzCurriculum", "FuzzRegions"])
    func corpusPresent(target: String) {
        #expect(Self.inputs(target).count >= 5, "Fuzz/corpus/\(target) is missing; run scripts/fuzz.sh \(target)")
    }

    @Test("every CSV input parses into records of at least one field, with problems in real fields")
    func csv() {
        for input in Self.inputs("FuzzCSV") {
            var parser = CSVParser()
            func check(_ record: inout CSVRecord) {
                #expect(record.count >= 1 && record.line >= 1)
                #expect(record.problems.allSatisfy { (1...record.count).contains($0.field) })
            }
            Array(input).withUnsafeBufferPointer { parser.feed($0, emit: check) }
            parser.finish(emit: check)
        }
    }

    @Test("every token input that reads gives the same token when its text is read back")
    func tokens() {
        let lookup = { (id: String, version: Int) in
            id == Self.curriculum.id && version == Self.curriculum.version ? Self.curriculum : nil
        }
        for input in Self.inputs("FuzzToken") {
            guard let token = CertificateToken(finding: String(decoding: input, as: UTF8.self), issuer: "Fuzz", curricula: lookup) else {
                continue
            }
            #expect(CertificateToken(finding: token.text, issuer: "Fuzz", curricula: lookup) == token)
        }
    }

    @Test("every curriculum input loads a valid curriculum or throws a file error")
    func curricula() {
        for input in Self.inputs("FuzzCurriculum") {
            do {
                let curriculum = try CurriculumYAML.read(String(decoding: input, as: UTF8.self), file: "fuzz.yaml")
                #expect(CurriculumValidator.problems(in: curriculum).isEmpty)
            } catch {
                #expect(error is ServiceError)
            }
        }
    }

    @Test("every regions input loads or throws a file error, as regions and as local authorities")
    func regions() {
        for input in Self.inputs("FuzzRegions") {
            let text = String(decoding: input, as: UTF8.self)
            #expect(throws: Never.self) {
                do { _ = try RegionsCSV.read(text, file: "fuzz.csv") } catch is ServiceError {}
                do { _ = try LocalAuthorityReference.read(text, file: "fuzz.csv") } catch is ServiceError {}
            }
        }
    }
}
