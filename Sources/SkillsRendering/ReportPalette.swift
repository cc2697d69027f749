/// Colours for reports that colour-blind readers can tell apart; every coloured thing also carries its value in text.
public enum ReportPalette {
    /// Five steps of a viridis-like sequential scale, light (small) to dark (large).
    public static let sequential: [RGBColor] = [
        RGBColor(hex: 0xFDE725), RGBColor(hex: 0x5EC962), RGBColor(hex: 0x21918C), RGBColor(hex: 0x3B528B), RGBColor(hex: 0x440154),
    ]
    /// Okabe–Ito blue, for bars.
    public static let bar = RGBColor(hex: 0x0072B2)
    /// Pale grey for tracks and regions outside the report.
    public static let track = RGBColor(hex: 0xE6E6E6)
    public static let ink = RGBColor(hex: 0x1A1A1A)
    public static let muted = RGBColor(hex: 0x555555)

    /// Whether text on this colour should be white (dark backgrounds) rather than black.
    public static func needsLightText(on color: RGBColor) -> Bool {
        0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue < 0.45
    }
}
