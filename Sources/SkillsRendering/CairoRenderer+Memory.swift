import CCairo
import Foundation

extension CairoRenderer {
    /// `pages` as one PDF in memory, for a server to send without touching its disk.
    public func pdfData(_ pages: [DisplayList]) throws(RenderError) -> Data {
        guard let first = pages.first else { throw RenderError("nothing to render: no pages") }
        let sink = PDFSink()
        let surface = cairo_pdf_surface_create_for_stream(
            { closure, bytes, length in
                guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
                Unmanaged<PDFSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque(), first.width, first.height)
        try withExtendedLifetime(sink) { () throws(RenderError) in try renderPDF(pages, surface: surface, target: "in memory") }
        return sink.data
    }
}

/// Collects the bytes Cairo writes for one PDF.
private final class PDFSink {
    var data = Data()
}
