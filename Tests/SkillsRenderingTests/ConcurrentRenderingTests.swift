import Foundation
import Testing
import SkillsRendering

@Suite("Concurrent rendering")
struct ConcurrentRenderingTests {
    @Test("many tasks render certificates at once, each PDF and PNG correct")
    func taskGroup() async throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jobs = (0..<16).map { index in
            (index, Fixtures.certificate(
                name: Fixtures.names[index % Fixtures.names.count],
                language: CertificatePage.Language.allCases[index % 3], payload: "\(Fixtures.longPayload)-\(index)"))
        }
        let results = try await withThrowingTaskGroup(of: (Int, URL, URL).self) { group in
            for (index, certificate) in jobs {
                group.addTask {
                    let pages = CertificateLayout().pages(for: certificate)
                    let pdf = directory.appendingPathComponent("c\(index).pdf")
                    let png = directory.appendingPathComponent("c\(index).png")
                    try CairoRenderer().writePDF(pages, to: pdf)
                    try CairoRenderer().writePNG(pages[0], to: png, dpi: 96)
                    return (index, pdf, png)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == jobs.count)
        for (index, pdf, png) in results {
            let certificate = jobs[index].1
            #expect(try ExternalTool.pdfText(pdf).split(separator: "\n").contains { $0 == certificate.learnerName })
            #expect(try ExternalTool.decodeQR(png) == certificate.qrPayload)
        }
    }
}
