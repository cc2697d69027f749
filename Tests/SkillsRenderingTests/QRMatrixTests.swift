import Testing

@testable import SkillsRendering

@Suite("QR matrix")
struct QRMatrixTests {
    @Test("merged rectangles cover exactly the dark modules, each once")
    func rectanglesCoverDarkModules() throws {
        let matrix = try QRMatrix(encoding: Fixtures.longPayload)
        var covered = [Int](repeating: 0, count: matrix.width * matrix.width)
        for rect in matrix.darkRectangles {
            for y in rect.row..<(rect.row + rect.height) {
                for x in rect.column..<(rect.column + rect.width) { covered[y * matrix.width + x] += 1 }
            }
        }
        #expect(covered == matrix.dark.map { $0 ? 1 : 0 })
        #expect(matrix.darkRectangles.count < matrix.dark.filter { $0 }.count / 2)
    }

    @Test("an over-long payload is a readable error, not a crash")
    func tooLong() {
        #expect(throws: RenderError.self) { try QRMatrix(encoding: String(repeating: "x", count: 4000)) }
    }
}
