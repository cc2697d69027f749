/// What happened to one imported row.
public enum RowResult: Sendable {
    case inserted, present, rejected
}
