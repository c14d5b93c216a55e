import Foundation

/// Document ids in paths: ids derived from file paths hold slashes (`articles/2018-06-12-summit`),
/// which links write percent-encoded (`articles%2F2018-06-12-summit`); the router hands the
/// segment over still encoded.
enum PathID {
    /// The id with percent-escapes decoded; the segment as given when it holds an invalid escape.
    static func decode(_ segment: String) -> String {
        segment.removingPercentEncoding ?? segment
    }
}
