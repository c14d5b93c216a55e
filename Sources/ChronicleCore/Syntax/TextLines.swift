/// The lines of a text resource's bytes, for the readers of the syntax tables.
enum TextLines {
    /// Calls `body` with each line's number (from 1) and its byte range, without the line
    /// break and without a carriage return before it.
    static func forEach(in bytes: [UInt8], _ body: (_ number: Int, _ line: Range<Int>) throws -> Void) rethrows {
        var number = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 10 { end += 1 }
            number += 1
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
            try body(number, start ..< lineEnd)
            start = end + 1
        }
    }
}
