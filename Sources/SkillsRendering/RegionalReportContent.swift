/// What the regional report PDF shows, as plain text and numbers already computed elsewhere: the layout only places them.
public struct RegionalReportContent: Sendable, Equatable {
    /// One region's tile on the map.
    public struct Tile: Sendable, Equatable {
        public var label: String
        public var row: Int
        public var column: Int
        /// The value that decides the colour, or nil when the region is not in the report.
        public var value: Double?
        /// The value as printed on the tile.
        public var valueText: String
        public init(label: String, row: Int, column: Int, value: Double?, valueText: String) {
            self.label = label
            self.row = row
            self.column = column
            self.value = value
            self.valueText = valueText
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

    /// A table: headers, rows, and which columns hold numbers (right-aligned).
    public struct Table: Sendable, Equatable {
        public var title: String
        public var headers: [String]
        public var rows: [[String]]
        public var numeric: Set<Int>
        public init(title: String, headers: [String], rows: [[String]], numeric: Set<Int>) {
            self.title = title
            self.headers = headers
            self.rows = rows
            self.numeric = numeric
        }
    }

    public var title: String
    public var subtitle: String
    public var sentences: [String]
    public var mapTitle: String
    public var mapNote: String
    public var tiles: [Tile]
    public var chartsTitle: String
    public var chartsNote: String
    public var charts: [BarChart]
    public var tables: [Table]
    public var notesTitle: String
    public var notes: [String]

    public init(
        title: String, subtitle: String, sentences: [String], mapTitle: String, mapNote: String, tiles: [Tile],
        chartsTitle: String, chartsNote: String, charts: [BarChart], tables: [Table], notesTitle: String, notes: [String]
    ) {
        self.title = title
        self.subtitle = subtitle
        self.sentences = sentences
        self.mapTitle = mapTitle
        self.mapNote = mapNote
        self.tiles = tiles
        self.chartsTitle = chartsTitle
        self.chartsNote = chartsNote
        self.charts = charts
        self.tables = tables
        self.notesTitle = notesTitle
        self.notes = notes
    }
}
