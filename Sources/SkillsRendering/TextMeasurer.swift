import CCairo
import CPango
import Foundation
import Synchronization

/// Measures how many lines Pango wraps a text into, with the same shaping and options as PDF output, so a layout
/// reserves exactly the lines a paragraph needs: never fewer (the text would be cut), never more (a blank line).
enum TextMeasurer {
    /// One measuring context per thread: Pango contexts are not shared between threads.
    private static let contextKey = "SkillsRendering.TextMeasurer.context"

    /// What one measurement asked: the same text, font and width always measure the same.
    private struct Question: Hashable {
        var text: String
        var font: FontSpec
        var width: Double
    }

    /// Recent answers: a bulk run measures the same statements, dates and labels on certificate after certificate.
    private static let answers = Mutex<[Question: Double]>([:])
    private static let answerLimit = 4096

    /// The cached answer, or `measure`'s, remembered.
    private static func remembered(_ question: Question, _ measure: () -> Double) -> Double {
        if let known = answers.withLock({ $0[question] }) { return known }
        let answer = measure()
        answers.withLock { cache in
            if cache.count >= answerLimit { cache.removeAll(keepingCapacity: true) }
            cache[question] = answer
        }
        return answer
    }

    /// Lines `text` takes when wrapped at `width` points in `font`.
    static func lineCount(_ text: String, font: FontSpec, width: Double) -> Int {
        Int(remembered(Question(text: text, font: font, width: width)) { Double(measureLines(text, font: font, width: width)) })
    }

    /// Width of `text` on one line, in points.
    static func width(_ text: String, font: FontSpec) -> Double {
        remembered(Question(text: text, font: font, width: -1)) { measureWidth(text, font: font) }
    }

    private static func measureLines(_ text: String, font: FontSpec, width: Double) -> Int {
        guard !text.isEmpty, let layout = pango_layout_new(context()) else { return 1 }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_text(layout, text, -1)
        font.apply(to: layout)
        pango_layout_set_width(layout, Int32((width * Double(PANGO_SCALE)).rounded(.down)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        return max(1, Int(pango_layout_get_line_count(layout)))
    }

    private static func measureWidth(_ text: String, font: FontSpec) -> Double {
        guard !text.isEmpty, let layout = pango_layout_new(context()) else { return 0 }
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        pango_layout_set_text(layout, text, -1)
        font.apply(to: layout)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Double(logical.width) / Double(PANGO_SCALE)
    }

    private static func context() -> OpaquePointer {
        if let existing = Thread.current.threadDictionary[contextKey] as? ContextBox { return existing.context }
        let box = ContextBox()
        Thread.current.threadDictionary[contextKey] = box
        return box.context
    }

    /// A Pango context set up as PDF drawing sets up its own: unhinted metrics, unrounded glyph positions.
    private final class ContextBox: NSObject {
        let context: OpaquePointer

        override init() {
            let map = pango_cairo_font_map_get_default()
            context = pango_font_map_create_context(map)
            let options = cairo_font_options_create()
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
            pango_context_set_round_glyph_positions(context, 0)
        }

        deinit { g_object_unref(UnsafeMutableRawPointer(context)) }
    }
}
