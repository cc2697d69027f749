/// One page as a plain list of drawing items, built without Cairo and replayed by `CairoRenderer`.
public struct DisplayList: Sendable, Equatable, Hashable {
    /// Page width in points.
    public var width: Double
    /// Page height in points.
    public var height: Double
    /// Items in painter's order (later items draw over earlier ones).
    public var items: [DisplayItem]

    /// Creates an empty page of the given size in points.
    public init(width: Double, height: Double, items: [DisplayItem] = []) {
        self.width = width
        self.height = height
        self.items = items
    }

    /// An empty A4 landscape page (842 × 595 pt).
    public static func a4Landscape() -> DisplayList { DisplayList(width: 842, height: 595) }

    /// An empty A4 portrait page (595 × 842 pt).
    public static func a4Portrait() -> DisplayList { DisplayList(width: 595, height: 842) }

    /// The whole page as a rectangle.
    public var bounds: DisplayRect { DisplayRect(x: 0, y: 0, width: width, height: height) }

    /// Appends an item on top of what is already there.
    public mutating func append(_ item: DisplayItem) {
        items.append(item)
    }

    /// Appends a text box.
    public mutating func append(_ box: TextBox) {
        items.append(.text(box))
    }

    /// All text boxes, in drawing order.
    public var textBoxes: [TextBox] {
        items.compactMap { if case .text(let box) = $0 { box } else { nil } }
    }

    /// All QR codes, in drawing order.
    public var qrCodes: [QRCodeBox] {
        items.compactMap { if case .qrCode(let code) = $0 { code } else { nil } }
    }
}
