/// `regional-trend.csv`: learners active and awards earned per month, one row per place and month (long format, so a
/// spreadsheet can pivot it), for the total, regions and local authorities.
public enum RegionalTrendTable {
    public static let columns = ["level", "code", "name", "region_code", "month", "learners_active", "awards_earned"]

    /// The CSV text (RFC 4180, UTF-8, LF), header first.
    public static func csv(_ figures: RegionalFigures) -> String {
        var text = CSVWriter.line(columns)
        func add(_ place: PlaceFigures) {
            for month in place.trend ?? [] {
                text += CSVWriter.line([
                    place.level.rawValue, place.code, place.name, place.regionCode, month.month, String(month.learnersActive),
                    String(month.awardsEarned),
                ])
            }
            guard place.level != .localAuthority else { return }
            for child in place.children { add(child) }
        }
        if figures.total.level == .total { add(figures.total) }
        for region in figures.regions { add(region) }
        return text
    }
}
