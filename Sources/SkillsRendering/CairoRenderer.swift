import CCairo
import Foundation

/// Replays display lists to PDF (selectable text) and PNG; every call owns its own surface and context. Bulk work draws
/// in separate processes: cairo 1.16's FreeType backend crashed when threads drew thousands of pages at once.
public struct CairoRenderer: Sendable {
    /// Document information written into PDFs.
    public var pdfTitle: String?
    /// The creator recorded in PDFs.
    public var pdfCreator: String
    /// Keywords recorded in PDFs (certificates carry their signed token here, for verification from the file).
    public var pdfKeywords: String?
    /// The document's language (`en-GB`, `cy`), for screen readers; nil leaves it unset.
    public var pdfLanguage: String?

    /// Creates a renderer; the title, creator and keywords go into the PDF's document information.
    public init(pdfTitle: String? = nil, pdfCreator: String = "DigitalSkills", pdfKeywords: String? = nil, pdfLanguage: String? = nil) {
        self.pdfTitle = pdfTitle
        self.pdfCreator = pdfCreator
        self.pdfKeywords = pdfKeywords
        self.pdfLanguage = pdfLanguage
    }

    /// Writes `pages` as one tagged PDF file at `url`, one PDF page per display list.
    public func writePDF(_ pages: [DisplayList], to url: URL) throws(RenderError) {
        guard let first = pages.first else { throw RenderError("nothing to render to '\(url.path)': no pages") }
        let sink = PDFSink()
        let surface = cairo_pdf_surface_create_for_stream(
            { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), first.width, first.height)
        try withExtendedLifetime(sink) { () throws(RenderError) in
            try renderPDF(pages, surface: surface, target: "'\(url.path)'")
        }
        let alt = pages.lazy.flatMap(\.qrCodes).compactMap(\.altText).first
        let finished = PDFAccessibility.completed(sink.data, language: pdfLanguage, figureAlt: alt)
        do {
            try finished.write(to: url)
        } catch {
            throw RenderError("could not write '\(url.path)': \(error.localizedDescription)")
        }
    }

    /// Writes `page` as a PNG file at `url` with `dpi` pixels per inch (96 for preview, 300 for print).
    public func writePNG(_ page: DisplayList, to url: URL, dpi: Double) throws(RenderError) {
        guard dpi > 0, dpi <= 1200 else { throw RenderError("cannot render PNG at \(dpi) dpi: use 1 to 1200") }
        let scale = dpi / 72
        let width = Int32((page.width * scale).rounded(.up))
        let height = Int32((page.height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw RenderError("could not create a \(width)×\(height) image: out of memory")
        }
        defer { cairo_surface_destroy(surface) }
        try RenderError.check(cairo_surface_status(surface), while: "create a \(width)×\(height) image")
        try CairoCanvas(surface: surface, pixelsPerPoint: scale, isRaster: true).draw(page)
        cairo_surface_flush(surface)
        try RenderError.check(cairo_surface_write_to_png(surface, url.path), while: "write PNG '\(url.path)'")
    }

    func renderPDF(_ pages: [DisplayList], surface: OpaquePointer?, target: String) throws(RenderError) {
        guard let surface else { throw RenderError("could not create PDF \(target): out of memory") }
        defer { cairo_surface_destroy(surface) }
        try RenderError.check(cairo_surface_status(surface), while: "create PDF \(target)")
        if let pdfTitle { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, pdfTitle) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, pdfCreator)
        if let pdfKeywords { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, pdfKeywords) }
        do {
            let canvas = try CairoCanvas(surface: surface, pixelsPerPoint: 1, isRaster: false)
            cairo_tag_begin(canvas.cr, "Document", nil)
            for page in pages {
                cairo_pdf_surface_set_size(surface, page.width, page.height)
                try canvas.draw(page)
            }
            cairo_tag_end(canvas.cr, "Document")
        }
        cairo_surface_finish(surface)
        try RenderError.check(cairo_surface_status(surface), while: "write PDF \(target)")
    }
}

/// Collects the bytes Cairo streams out while it writes a PDF.
private final class PDFSink {
    var data = Data()
}
