/// How ``DocumentReader`` reads its inputs.
///
/// ```swift
/// var options = ReadOptions()
/// options.maxBytes = 50_000_000                       // --max-bytes
/// options.dateOverride = CalendarDay(iso: "2018-06-12") // --date
/// options.format = .html                              // --input-format html
/// ```
public struct ReadOptions: Sendable, Hashable {
    /// The default size limit per file: 20 MB.
    public static let defaultMaxBytes = 20_000_000

    /// The largest file (or standard input) read, in bytes; larger inputs give a
    /// ``DocumentReadError/Code/tooLarge`` error that names the `--max-bytes` flag.
    public var maxBytes: Int
    /// A publication date given to every document read, replacing what the input says.
    public var dateOverride: CalendarDay?
    /// The format to read every input as; nil chooses by extension and content.
    public var format: InputFormat?

    /// Creates options.
    public init(maxBytes: Int = ReadOptions.defaultMaxBytes, dateOverride: CalendarDay? = nil,
                format: InputFormat? = nil) {
        self.maxBytes = maxBytes
        self.dateOverride = dateOverride
        self.format = format
    }
}
