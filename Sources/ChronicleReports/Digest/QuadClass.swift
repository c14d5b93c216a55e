/// The four QuadClasses of CAMEO events, as GDELT publishes them.
public enum QuadClass: Int, Sendable, CaseIterable, Codable {
    case verbalCooperation = 1
    case materialCooperation = 2
    case verbalConflict = 3
    case materialConflict = 4

    /// The name in words (`verbal cooperation`).
    public var name: String {
        switch self {
        case .verbalCooperation: "verbal cooperation"
        case .materialCooperation: "material cooperation"
        case .verbalConflict: "verbal conflict"
        case .materialConflict: "material conflict"
        }
    }

    /// The chart colour (colour-blind-safe pairs: blues for cooperation, oranges for conflict).
    public var color: String {
        switch self {
        case .verbalCooperation: "#9ecae1"
        case .materialCooperation: "#2171b5"
        case .verbalConflict: "#fdae6b"
        case .materialConflict: "#d94801"
        }
    }
}
