/// A run of text placed in a box; the replayer shapes it with Pango (bidi, complex scripts, fallback).
public struct TextBox: Sendable, Equatable, Hashable {
    /// What the text is in the tagged PDF's structure, so a screen reader announces it as such.
    public enum Structure: Sendable, Equatable, Hashable {
        case heading, paragraph, listItem
    }

    /// Where each line sits across the box width; physical, so `.right` stays right for RTL text.
    public enum Alignment: Sendable, Equatable, Hashable {
        case left, center, right
    }

    /// The text, exactly as it should read (any script; the base direction is detected per paragraph).
    public var text: String
    /// Font family, weight and nominal size.
    public var font: FontSpec
    /// Text colour.
    public var color: RGBColor
    /// Left edge of the box, in points.
    public var x: Double
    /// Top of the first line at the nominal size, in points.
    public var y: Double
    /// Width of the box, in points; lines never extend past it.
    public var width: Double
    /// Horizontal alignment inside the box.
    public var alignment: Alignment
    /// When true and the text is wider than `width` on one line, the size is reduced until it fits.
    public var shrinkToFit: Bool
    /// The smallest size shrink-to-fit may use; past it the line is ellipsized rather than overflowing.
    public var minimumSize: Double
    /// Most lines to wrap into (1 for a single line); text past the last line is ellipsized.
    public var maxLines: Int
    /// When true, lines break only between words (never "Communicatin-g") and the size shrinks, down to
    /// `minimumSize`, until the longest word fits the width and the text fits `maxLines`.
    public var keepsWordsWhole: Bool
    /// Its role in the PDF's structure tree.
    public var structure: Structure = .paragraph

    /// Creates a text box.
    public init(
        _ text: String, font: FontSpec, color: RGBColor = .black,
        x: Double, y: Double, width: Double, alignment: Alignment = .left,
        shrinkToFit: Bool = false, minimumSize: Double? = nil, maxLines: Int = 1, keepsWordsWhole: Bool = false
    ) {
        self.text = text
        self.font = font
        self.color = color
        self.x = x
        self.y = y
        self.width = width
        self.alignment = alignment
        self.shrinkToFit = shrinkToFit
        self.minimumSize = min(minimumSize ?? font.size * 0.5, font.size)
        self.maxLines = max(1, maxLines)
        self.keepsWordsWhole = keepsWordsWhole
    }

    /// Nominal height reserved for the box: `maxLines` lines at the nominal size.
    public var nominalHeight: Double { Double(maxLines) * TextBox.lineHeight(for: font.size) }

    /// The frame reserved for the box at its nominal size.
    public var frame: DisplayRect { DisplayRect(x: x, y: y, width: width, height: nominalHeight) }

    /// Line height the layout reserves for one line of text at `size` points (Noto's ascent plus descent).
    public static func lineHeight(for size: Double) -> Double { size * 1.37 }
}
