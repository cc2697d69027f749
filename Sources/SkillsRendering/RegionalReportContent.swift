/// What the regional report PDF shows, as plain text and numbers already computed elsewhere: the layout only places them.
public struct RegionalReportContent: Sendable, Equatable {
    /// One place on a tile map.
    public struct Tile: Sendable, Equatable {
        public var label: String
        public var row: Int
        public var column: Int
        /// The palette step (0...4) that colours it, or nil when the place is not in the report.
        public var colour: Int?
        /// The value as printed on the tile.
        public var valueText: String
        public init(label: String, row: Int, column: Int, colour: Int?, valueText: String) {
            self.label = label
            self.row = row
            self.column = column
            self.colour = colour
            self.valueText = valueText
        }
    }

    /// One entry of a map's colour key.
    public struct LegendEntry: Sendable, Equatable {
        public var label: String
        /// Palette step 0...4, or nil for the grey of places outside the report.
        public var colour: Int?
        public init(label: String, colour: Int?) {
            self.label = label
            self.colour = colour
        }
    }

    /// A tile map with its key.
    public struct TileMap: Sendable, Equatable {
        public var title: String
        public var note: String
        public var tiles: [Tile]
        public var legend: [LegendEntry]
        public init(title: String, note: String, tiles: [Tile], legend: [LegendEntry]) {
            self.title = title
            self.note = note
            self.tiles = tiles
            self.legend = legend
        }
    }

    /// A headline figure for trustees: the number, and what it counts.
    public struct KeyFigure: Sendable, Equatable {
        public var value: String
        public var label: String
        public init(value: String, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// One bar: a label, a share in 0...1 and its printed value.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var share: Double
        public var valueText: String
        public init(label: String, share: Double, valueText: String) {
            self.label = label
            self.share = share
            self.valueText = valueText
        }
    }

    /// A titled bar chart.
    public struct BarChart: Sendable, Equatable {
        public var title: String
        public var bars: [Bar]
        public init(title: String, bars: [Bar]) {
            self.title = title
            self.bars = bars
        }
    }

    /// Counts per month as columns, each with its value printed.
    public struct MonthlyChart: Sendable, Equatable {
        public var title: String
        /// Month labels, oldest first ("Dec 2025", "Jan 2026"); the layout puts the year under the month.
        public var months: [String]
        public var values: [Int]
        /// Each value as printed above its column.
        public var valueTexts: [String]
        public init(title: String, months: [String], values: [Int], valueTexts: [String]) {
            self.title = title
            self.months = months
            self.values = values
            self.valueTexts = valueTexts
        }
    }

    /// A table: headers, rows, and which columns hold numbers (right-aligned).
    public struct Table: Sendable, Equatable {
        public var title: String
        public var headers: [String]
        public var rows: [[String]]
        public var numeric: Set<Int>
        /// Rows drawn in bold as group headings (a local authority above its centres); others may be indented.
        public var emphasised: Set<Int>
        /// Rows whose first cell is indented (centres under their authority).
        public var indented: Set<Int>
        public init(
            title: String, headers: [String], rows: [[String]], numeric: Set<Int>, emphasised: Set<Int> = [], indented: Set<Int> = []
        ) {
            self.title = title
            self.headers = headers
            self.rows = rows
            self.numeric = numeric
            self.emphasised = emphasised
            self.indented = indented
        }
    }

    public var title: String
    public var subtitle: String
    /// Printed at the foot of every page with the page number: the programme's name and the report's.
    public var footer: String
    public var keyFigures: [KeyFigure]
    public var sentences: [String]
    public var map: TileMap?
    public var chartsTitle: String
    public var chartsNote: String
    public var charts: [BarChart]
    public var trendTitle: String
    public var trendNote: String
    public var trends: [MonthlyChart]
    public var tables: [Table]
    public var notesTitle: String
    public var notes: [String]

    public init(
        title: String, subtitle: String, footer: String, keyFigures: [KeyFigure], sentences: [String], map: TileMap?,
        chartsTitle: String, chartsNote: String, charts: [BarChart], trendTitle: String, trendNote: String,
        trends: [MonthlyChart], tables: [Table], notesTitle: String, notes: [String]
    ) {
        self.title = title
        self.subtitle = subtitle
        self.footer = footer
        self.keyFigures = keyFigures
        self.sentences = sentences
        self.map = map
        self.chartsTitle = chartsTitle
        self.chartsNote = chartsNote
        self.charts = charts
        self.trendTitle = trendTitle
        self.trendNote = trendNote
        self.trends = trends
        self.tables = tables
        self.notesTitle = notesTitle
        self.notes = notes
    }
}
