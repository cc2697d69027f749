import Testing

@testable import SkillsServer

/// The multipart reader on its own: boundaries, names, file names, bytes kept exactly, and bodies that are not one.
@Suite struct MultipartFormTests {
    static let boundary = "----skills7MA4YWxkTrZu0gW"

    static func body(_ parts: [String], boundary: String = boundary) -> [UInt8] {
        Array((parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + "--\(boundary)--\r\n").utf8)
    }

    @Test func theBoundaryComesFromTheContentTypeQuotedOrNot() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data; charset=utf-8; boundary=\"a b;c\"") == "a b;c")
        #expect(MultipartForm.boundary(contentType: "application/x-www-form-urlencoded") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test func fieldsAndAFileAreReadWithTheirBytesAsSent() throws {
        let csv = "centre_ref,name\r\nA-1,\"Hall; \"\"North\"\"\"\r\n\r\n--not-the-boundary\r\n"
        let form = try MultipartForm(
            body: Self.body([
                "Content-Disposition: form-data; name=\"form_token\"\r\n\r\nsecret",
                "Content-Disposition: form-data; name=\"file\"; filename=\"my; file.csv\"\r\nContent-Type: text/csv\r\n\r\n\(csv)",
                "Content-Disposition: form-data; name=\"kind\"\r\n\r\ncentres",
            ]), boundary: Self.boundary)
        #expect(form.value("form_token") == "secret")
        #expect(form.value("kind") == "centres")
        let file = try #require(form.file("file"))
        #expect(file.fileName == "my; file.csv")
        #expect(String(decoding: file.bytes, as: UTF8.self) == csv)
        #expect(form.hasToken("secret") && !form.hasToken("other"))
    }

    @Test func aPreambleAndTransportPaddingAreSkipped() throws {
        let text = "ignored preamble\r\n--b  \r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ntutors\r\n--b--"
        #expect(try MultipartForm(body: Array(text.utf8), boundary: "b").value("kind") == "tutors")
    }

    @Test func aFileFieldLeftEmptyIsNoFile() throws {
        let form = try MultipartForm(
            body: Self.body([
                "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            ]),
            boundary: Self.boundary)
        #expect(form.file("file") == nil)
    }

    @Test func aBodyCutShortOrWithoutItsBoundaryIsRefused() {
        let whole = Self.body(["Content-Disposition: form-data; name=\"kind\"\r\n\r\ncentres"])
        #expect(throws: MultipartForm.Problem.malformed) { try MultipartForm(body: Array(whole.dropLast(12)), boundary: Self.boundary) }
        #expect(throws: MultipartForm.Problem.malformed) { try MultipartForm(body: whole, boundary: "other") }
        #expect(throws: MultipartForm.Problem.malformed) { try MultipartForm(body: Array("kind=centres".utf8), boundary: Self.boundary) }
    }
}
