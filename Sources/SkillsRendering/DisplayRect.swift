/// A point on a page, in points from the top-left corner.
public struct DisplayPoint: Sendable, Equatable, Hashable {
    /// Distance from the left edge, in points.
    public var x: Double
    /// Distance from the top edge, in points.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle on a page, in points from the top-left corner.
public struct DisplayRect: Sendable, Equatable, Hashable {
    /// Left edge, in points.
    public var x: Double
    /// Top edge, in points.
    public var y: Double
    /// Width, in points.
    public var width: Double
    /// Height, in points.
    public var height: Double

    /// Creates a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Right edge, in points.
    public var maxX: Double { x + width }
    /// Bottom edge, in points.
    public var maxY: Double { y + height }

    /// The rectangle moved inwards by `amount` on every side.
    public func insetBy(_ amount: Double) -> DisplayRect {
        DisplayRect(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// Whether `other` lies entirely inside this rectangle.
    public func contains(_ other: DisplayRect) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    /// Whether the two rectangles share any area.
    public func intersects(_ other: DisplayRect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
}
