/// One thing to draw on a page, in painter's order.
public enum DisplayItem: Sendable, Equatable, Hashable {
    /// How a closed shape is painted.
    public enum Paint: Sendable, Equatable, Hashable {
        case fill(RGBColor)
        case stroke(RGBColor, width: Double)
    }

    /// A rectangle, optionally with rounded corners.
    case rectangle(DisplayRect, Paint, cornerRadius: Double = 0)
    /// An ellipse inscribed in the rectangle (a circle when it is square).
    case ellipse(DisplayRect, Paint)
    /// A straight line with butt caps.
    case line(from: DisplayPoint, to: DisplayPoint, color: RGBColor, width: Double)
    /// Text shaped and placed by Pango.
    case text(TextBox)
    /// A QR code symbol.
    case qrCode(QRCodeBox)

    /// The area the item is meant to occupy (text at its nominal size).
    public var frame: DisplayRect {
        switch self {
        case .rectangle(let rect, _, _), .ellipse(let rect, _):
            return rect
        case .line(let from, let to, _, let width):
            return DisplayRect(
                x: min(from.x, to.x) - width / 2, y: min(from.y, to.y) - width / 2,
                width: abs(to.x - from.x) + width, height: abs(to.y - from.y) + width)
        case .text(let box):
            return box.frame
        case .qrCode(let code):
            return code.frame
        }
    }
}

extension DisplayItem {
    /// The same item moved by `dx`, `dy` points.
    public func offsetBy(dx: Double, dy: Double) -> DisplayItem {
        func move(_ r: DisplayRect) -> DisplayRect {
            DisplayRect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height)
        }
        switch self {
        case .rectangle(let rect, let paint, let radius):
            return .rectangle(move(rect), paint, cornerRadius: radius)
        case .ellipse(let rect, let paint):
            return .ellipse(move(rect), paint)
        case .line(let from, let to, let color, let width):
            return .line(
                from: DisplayPoint(x: from.x + dx, y: from.y + dy), to: DisplayPoint(x: to.x + dx, y: to.y + dy),
                color: color, width: width)
        case .text(var box):
            box.x += dx
            box.y += dy
            return .text(box)
        case .qrCode(var code):
            code.x += dx
            code.y += dy
            return .qrCode(code)
        }
    }
}
