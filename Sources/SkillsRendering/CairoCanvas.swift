import CCairo
import CPango
import Foundation

/// Replays display lists into one Cairo context; owned by a single render call and never shared.
final class CairoCanvas {
    /// The Cairo context; destroyed with the canvas.
    let cr: OpaquePointer
    /// One Pango context for every text box on this canvas (fonts from this thread's default font map).
    let pango: OpaquePointer
    /// Device pixels per point: 1 for vector output, dpi / 72 for raster output.
    let pixelsPerPoint: Double
    /// Whether output is a pixel grid (QR modules are then snapped to whole pixels).
    let isRaster: Bool
    /// Whether a list structure element is open (consecutive list items share one).
    var isListOpen = false

    /// Wraps a fresh context on `surface`, scaled so one user unit is one point.
    init(surface: OpaquePointer, pixelsPerPoint: Double, isRaster: Bool) throws(RenderError) {
        guard let context = cairo_create(surface) else {
            throw RenderError("could not create a Cairo context: out of memory")
        }
        cr = context
        self.pixelsPerPoint = pixelsPerPoint
        self.isRaster = isRaster
        if pixelsPerPoint != 1 { cairo_scale(cr, pixelsPerPoint, pixelsPerPoint) }
        guard let pangoContext = pango_cairo_create_context(cr) else {
            cairo_destroy(cr)
            throw RenderError("could not create a Pango context: out of memory")
        }
        pango = pangoContext
        if !isRaster {
            // Vector output: keep exact glyph advances instead of rounding them to whole units.
            pango_context_set_round_glyph_positions(pango, 0)
        }
        do {
            try RenderError.check(cairo_status(cr), while: "start drawing")
        } catch {
            g_object_unref(UnsafeMutableRawPointer(pango))
            cairo_destroy(cr)
            throw error
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(pango))
        cairo_destroy(cr)
    }

    /// Draws every item of `page` on a white background and ends the page.
    func draw(_ page: DisplayList) throws(RenderError) {
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        for item in page.items {
            try drawTagged(item)
        }
        closeList()
        cairo_show_page(cr)
        try RenderError.check(cairo_status(cr), while: "draw the page")
    }

    func draw(_ item: DisplayItem) throws(RenderError) {
        switch item {
        case .rectangle(let rect, let paint, let radius):
            addRectanglePath(rect, radius: radius)
            apply(paint)
        case .ellipse(let rect, let paint):
            cairo_save(cr)
            cairo_translate(cr, rect.x + rect.width / 2, rect.y + rect.height / 2)
            cairo_scale(cr, rect.width / 2, rect.height / 2)
            cairo_new_path(cr)
            cairo_arc(cr, 0, 0, 1, 0, 2 * Double.pi)
            cairo_restore(cr)
            apply(paint)
        case .line(let from, let to, let color, let width):
            setColor(color)
            cairo_set_line_width(cr, width)
            cairo_move_to(cr, from.x, from.y)
            cairo_line_to(cr, to.x, to.y)
            cairo_stroke(cr)
        case .text(let box):
            drawText(box)
        case .qrCode(let code):
            try drawQRCode(code)
        }
    }

    /// Sets the current source colour.
    func setColor(_ color: RGBColor) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    private func apply(_ paint: DisplayItem.Paint) {
        switch paint {
        case .fill(let color):
            setColor(color)
            cairo_fill(cr)
        case .stroke(let color, let width):
            setColor(color)
            cairo_set_line_width(cr, width)
            cairo_stroke(cr)
        }
    }

    private func addRectanglePath(_ rect: DisplayRect, radius: Double) {
        let r = min(radius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
            return
        }
        let half = Double.pi / 2
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.y + r, r, -half, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, half)
        cairo_arc(cr, rect.x + r, rect.maxY - r, r, half, 2 * half)
        cairo_arc(cr, rect.x + r, rect.y + r, r, 2 * half, 3 * half)
        cairo_close_path(cr)
    }

    /// Draws a QR symbol centred in its box: as a 1-bit mask in PDF (as thousands of vector rectangles it made each
    /// certificate twice as slow to write), as one nearest-neighbour image on raster output, where each module is
    /// a whole number of pixels.
    private func drawQRCode(_ code: QRCodeBox) throws(RenderError) {
        let matrix = try QRMatrix.cached(code.payload)
        let modulesAcross = matrix.width + 2 * QRMatrix.quietZone
        var module = code.size / Double(modulesAcross)
        var originX = code.x
        var originY = code.y
        if isRaster {
            module = max(1, (module * pixelsPerPoint).rounded(.down)) / pixelsPerPoint
            let side = module * Double(modulesAcross)
            originX = ((code.x + (code.size - side) / 2) * pixelsPerPoint).rounded() / pixelsPerPoint
            originY = ((code.y + (code.size - side) / 2) * pixelsPerPoint).rounded() / pixelsPerPoint
        }
        guard isRaster else { return try drawQRMask(matrix, x: originX, y: originY, module: module, color: code.color) }
        guard let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(modulesAcross), Int32(modulesAcross)) else {
            throw RenderError("could not create the QR code image: out of memory")
        }
        defer { cairo_surface_destroy(image) }
        try RenderError.check(cairo_surface_status(image), while: "create the QR code image")
        fill(image, with: matrix, color: code.color)

        cairo_save(cr)
        cairo_translate(cr, originX, originY)
        cairo_scale(cr, module, module)
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST)
        cairo_rectangle(cr, 0, 0, Double(modulesAcross), Double(modulesAcross))
        cairo_fill(cr)
        cairo_restore(cr)
    }

    /// Writes one pixel per module: `color` for dark modules, white for light ones and the quiet zone.
    /// In PDF, the symbol is a 1-bit mask with several pixels per module: viewers then scale it down (keeping
    /// edges sharp enough to scan at screen resolution) instead of smoothing a small image up.
    private func drawQRMask(_ matrix: QRMatrix, x: Double, y: Double, module: Double, color: RGBColor) throws(RenderError) {
        let scale = 4
        let side = (matrix.width + 2 * QRMatrix.quietZone) * scale
        guard let mask = cairo_image_surface_create(CAIRO_FORMAT_A1, Int32(side), Int32(side)) else {
            throw RenderError("could not create the QR code mask: out of memory")
        }
        defer { cairo_surface_destroy(mask) }
        try RenderError.check(cairo_surface_status(mask), while: "create the QR code mask")
        cairo_surface_flush(mask)
        if let base = cairo_image_surface_get_data(mask) {
            let stride = Int(cairo_image_surface_get_stride(mask))
            memset(base, 0, stride * side)
            for row in 0..<side {
                let words = UnsafeMutableRawPointer(base + row * stride).assumingMemoryBound(to: UInt32.self)
                let moduleY = row / scale - QRMatrix.quietZone
                for column in 0..<side {
                    let moduleX = column / scale - QRMatrix.quietZone
                    guard moduleX >= 0, moduleY >= 0, moduleX < matrix.width, moduleY < matrix.width,
                        matrix.isDark(x: moduleX, y: moduleY)
                    else { continue }
                    words[column / 32] |= 1 << UInt32(column % 32)
                }
            }
        }
        cairo_surface_mark_dirty(mask)
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, module / Double(scale), module / Double(scale))
        setColor(color)
        cairo_mask_surface(cr, mask, 0, 0)
        cairo_restore(cr)
    }

    private func fill(_ image: OpaquePointer, with matrix: QRMatrix, color: RGBColor) {
        cairo_surface_flush(image)
        guard let base = cairo_image_surface_get_data(image) else { return }
        let stride = Int(cairo_image_surface_get_stride(image))
        let side = matrix.width + 2 * QRMatrix.quietZone
        func channel(_ value: Double) -> UInt32 { UInt32((min(1, max(0, value)) * 255).rounded()) }
        let dark = channel(color.red) << 16 | channel(color.green) << 8 | channel(color.blue)
        for row in 0..<side {
            let pixels = UnsafeMutableRawPointer(base + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<side {
                let x = column - QRMatrix.quietZone
                let y = row - QRMatrix.quietZone
                let isDark = x >= 0 && y >= 0 && x < matrix.width && y < matrix.width && matrix.isDark(x: x, y: y)
                pixels[column] = isDark ? dark : 0x00FF_FFFF
            }
        }
        cairo_surface_mark_dirty(image)
    }
}
