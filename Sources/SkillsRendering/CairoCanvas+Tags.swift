import CCairo
import Foundation

/// Structure tags for accessible PDFs: each text box becomes a heading, a paragraph or a list item, and the QR code
/// a figure with alternative text, in reading order; borders and rules stay untagged decoration. Cairo ignores
/// tags on image surfaces, so PNG output is unchanged.
extension CairoCanvas {
    /// Draws an item inside the structure element its role calls for.
    func drawTagged(_ item: DisplayItem) throws(RenderError) {
        switch item {
        case .text(let box) where box.structure == .listItem:
            if !isListOpen {
                cairo_tag_begin(cr, "L", nil)
                isListOpen = true
            }
            cairo_tag_begin(cr, "LI", nil)
            cairo_tag_begin(cr, "LBody", nil)
            try draw(item)
            cairo_tag_end(cr, "LBody")
            cairo_tag_end(cr, "LI")
        case .text(let box):
            closeList()
            let tag = box.structure == .heading ? "H1" : "P"
            cairo_tag_begin(cr, tag, nil)
            try draw(item)
            cairo_tag_end(cr, tag)
        case .qrCode:
            closeList()
            cairo_tag_begin(cr, "Figure", nil)
            try draw(item)
            cairo_tag_end(cr, "Figure")
        default:
            try draw(item)
        }
    }

    /// Ends the open list, if any.
    func closeList() {
        guard isListOpen else { return }
        cairo_tag_end(cr, "L")
        isListOpen = false
    }
}
