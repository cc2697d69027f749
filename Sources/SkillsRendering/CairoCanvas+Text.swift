import CCairo
import CPango

extension CairoCanvas {
    /// Shapes `box` with Pango, shrinking it to one line when asked, and draws it at its place.
    func drawText(_ box: TextBox) {
        guard !box.text.isEmpty, let layout = pango_layout_new(pango) else { return }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_text(layout, box.text, -1)
        if box.keepsWordsWhole {
            drawWholeWords(box, layout: layout)
            return
        }
        let size = box.shrinkToFit ? fittedSize(box, layout: layout) : box.font.size
        box.font.sized(size).apply(to: layout)
        pango_layout_set_width(layout, Int32((box.width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
        if box.maxLines > 1 {
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
            pango_layout_set_height(layout, -Int32(box.maxLines))
        }
        pango_layout_set_alignment(layout, pangoAlignment(box.alignment, layout: layout))

        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        var top = box.y
        if box.maxLines == 1 {
            // Centre the real line (smaller after shrinking, taller for some scripts) on the nominal line.
            let height = Double(logical.height) / Double(PANGO_SCALE)
            top += (TextBox.lineHeight(for: box.font.size) - height) / 2
        }
        setColor(box.color)
        cairo_move_to(cr, box.x, top)
        pango_cairo_show_layout(cr, layout)
    }

    /// Wraps at spaces only, with no inserted hyphens, at the largest size (half-point steps) where every line fits.
    private func drawWholeWords(_ box: TextBox, layout: OpaquePointer) {
        let attributes = pango_attr_list_new()
        defer { pango_attr_list_unref(attributes) }
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0))
        pango_layout_set_attributes(layout, attributes)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        pango_layout_set_width(layout, Int32((box.width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_alignment(layout, pangoAlignment(box.alignment, layout: layout))
        var size = box.font.size
        while true {
            box.font.sized(size).apply(to: layout)
            let fits = naturalWidth(layout) <= box.width + 0.01 && Int(pango_layout_get_line_count(layout)) <= box.maxLines
            if fits || size <= box.minimumSize { break }
            size = max(box.minimumSize, size - 0.5)
        }
        if naturalWidth(layout) > box.width + 0.01 {
            // One word wider than the box even at the smallest size: break it between letters rather than cut it off.
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        if Int(pango_layout_get_line_count(layout)) > box.maxLines {
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            pango_layout_set_height(layout, -Int32(box.maxLines))
        }
        setColor(box.color)
        cairo_move_to(cr, box.x, box.y)
        pango_cairo_show_layout(cr, layout)
    }

    /// The largest size, in half points from the nominal size down to the minimum, whose single line fits.
    private func fittedSize(_ box: TextBox, layout: OpaquePointer) -> Double {
        var size = box.font.size
        box.font.apply(to: layout)
        var natural = naturalWidth(layout)
        guard natural > box.width else { return size }
        // Width scales almost linearly with size: jump close, then step down until it fits.
        size = max(box.minimumSize, ((size * box.width / natural) * 2).rounded(.down) / 2)
        while true {
            box.font.sized(size).apply(to: layout)
            natural = naturalWidth(layout)
            if natural <= box.width || size <= box.minimumSize { return size }
            size = max(box.minimumSize, size - 0.5)
        }
    }

    private func naturalWidth(_ layout: OpaquePointer) -> Double {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    /// Pango swaps left and right for right-to-left paragraphs; swap back so alignment stays physical.
    private func pangoAlignment(_ alignment: TextBox.Alignment, layout: OpaquePointer) -> PangoAlignment {
        let rightToLeft = pango_layout_get_direction(layout, 0) == PANGO_DIRECTION_RTL
        switch alignment {
        case .center: return PANGO_ALIGN_CENTER
        case .left: return rightToLeft ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT
        case .right: return rightToLeft ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT
        }
    }
}
