extension UnsafeBufferPointer<UInt8> {
    /// The bytes without leading and trailing spaces and tabs: what trimming `.whitespaces` leaves of ASCII text, and
    /// of any text whose first and last characters left are not other Unicode spaces.
    public var trimmingSpacesAndTabs: UnsafeBufferPointer<UInt8> {
        var start = 0
        var end = count
        while start < end, self[start] == 0x20 || self[start] == 0x09 { start += 1 }
        while end > start, self[end - 1] == 0x20 || self[end - 1] == 0x09 { end -= 1 }
        return start == 0 && end == count ? self : UnsafeBufferPointer(rebasing: self[start..<end])
    }
}
