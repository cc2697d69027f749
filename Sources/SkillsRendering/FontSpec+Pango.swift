import CPango

extension FontSpec {
    /// Sets this font on a Pango layout: what the canvas draws with and what the layout measures with, so the two
    /// can never disagree about a text's size.
    func apply(to layout: OpaquePointer) {
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        switch weight {
        case .regular: pango_font_description_set_weight(description, PANGO_WEIGHT_NORMAL)
        case .semibold: pango_font_description_set_weight(description, PANGO_WEIGHT_SEMIBOLD)
        case .bold: pango_font_description_set_weight(description, PANGO_WEIGHT_BOLD)
        }
        if italic { pango_font_description_set_style(description, PANGO_STYLE_ITALIC) }
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_layout_set_font_description(layout, description)
    }
}
