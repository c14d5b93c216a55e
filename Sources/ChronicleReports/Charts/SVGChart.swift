import Foundation

/// Charts as SVG, drawn by Chronicle: no JavaScript, no external files, printable.
///
/// Labels are thinned so that they never overlap: with many months only every k-th month is
/// labelled, k chosen from the width a label needs.
public enum SVGChart {
    /// Layout constants shared by the charts.
    static let width = 720.0
    static let left = 44.0
    static let right = 12.0
    static let top = 28.0
    static let bottom = 40.0
    static let labelWidth = 52.0

    /// Events per month stacked by QuadClass, for one direction.
    /// - Parameters:
    ///   - direction: The measured direction.
    ///   - months: Every month of the period (`YYYY-MM`), in order.
    ///   - title: The chart title (escaped here).
    public static func stackedBars(_ direction: DigestSummary.Direction, months: [String], title: String) -> String {
        let height = 220.0
        let plotW = width - left - right
        let plotH = height - top - bottom
        let maxCount = max(1, months.map { m in direction.monthly[m]?.values.reduce(0, +) ?? 0 }.max() ?? 1)
        let scaleMax = niceCeiling(Double(maxCount))
        var svg = header(height: height, title: title)
        let ticks = scaleMax.truncatingRemainder(dividingBy: 2) == 0 ? [0, scaleMax / 2, scaleMax] : [0, scaleMax]
        svg += axisY(ticks: ticks, min: 0, max: scaleMax, plotH: plotH, format: { String(Int($0)) })
        let slot = months.isEmpty ? plotW : plotW / Double(months.count)
        let barW = max(1, min(28, slot * 0.7))
        for (i, month) in months.enumerated() {
            var y = top + plotH
            let x = left + slot * Double(i) + (slot - barW) / 2
            for quad in QuadClass.allCases {
                let n = direction.monthly[month]?[quad] ?? 0
                guard n > 0 else { continue }
                let h = plotH * Double(n) / scaleMax
                y -= h
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(barW))\" height=\"\(f(h))\" fill=\"\(quad.color)\">"
                svg += "<title>\(Escaping.html(month)): \(n) \(quad.name)</title></rect>"
            }
        }
        svg += axisX(months: months, plotW: plotW, plotH: plotH)
        svg += legend(items: QuadClass.allCases.map { ($0.name, $0.color) }, y: height - 8)
        return svg + "</svg>"
    }

    /// The mean Goldstein score per month for each direction, on a −10…10 scale.
    public static func goldsteinLines(_ directions: [DigestSummary.Direction], months: [String], title: String) -> String {
        let height = 220.0
        let plotW = width - left - right
        let plotH = height - top - bottom
        let colors = ["#08519c", "#a63603", "#54278f", "#006d2c"]
        var svg = header(height: height, title: title)
        svg += axisY(ticks: [-10, -5, 0, 5, 10], min: -10, max: 10, plotH: plotH, format: { String(Int($0)) })
        let zeroY = top + plotH / 2
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(zeroY))\" x2=\"\(f(left + plotW))\" y2=\"\(f(zeroY))\" stroke=\"#888\" stroke-dasharray=\"3,3\"/>"
        let slot = months.isEmpty ? plotW : plotW / Double(months.count)
        for (k, direction) in directions.enumerated() {
            let color = colors[k % colors.count]
            var points = [(Double, Double, String, Double)]()
            for (i, month) in months.enumerated() {
                guard let mean = direction.goldsteinMean(month) else { continue }
                let x = left + slot * (Double(i) + 0.5)
                let y = top + plotH * (10 - mean) / 20
                points.append((x, y, month, mean))
            }
            if points.count > 1 {
                let path = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
                svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>"
            }
            for p in points {
                svg += "<circle cx=\"\(f(p.0))\" cy=\"\(f(p.1))\" r=\"3\" fill=\"\(color)\">"
                svg += "<title>\(Escaping.html(direction.label)), \(Escaping.html(p.2)): mean \(String(format: "%.1f", p.3))</title></circle>"
            }
        }
        svg += axisX(months: months, plotW: plotW, plotH: plotH)
        svg += legend(items: directions.enumerated().map { ($0.element.label, colors[$0.offset % colors.count]) }, y: height - 8)
        return svg + "</svg>"
    }

    // MARK: - Pieces

    private static func header(height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"100%\" "
            + "role=\"img\" aria-label=\"\(Escaping.html(title))\" font-family=\"sans-serif\" font-size=\"11\">"
            + "<title>\(Escaping.html(title))</title>"
            + "<text x=\"\(f(left))\" y=\"16\" font-size=\"13\" font-weight=\"bold\">\(Escaping.html(title))</text>"
    }

    private static func axisY(ticks: [Double], min: Double, max: Double, plotH: Double,
                              format: (Double) -> String) -> String {
        var svg = ""
        for t in ticks {
            let y = top + plotH * (max - t) / (max - min)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - right))\" y2=\"\(f(y))\" stroke=\"#e0e0e0\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(format(t))</text>"
        }
        return svg
    }

    private static func axisX(months: [String], plotW: Double, plotH: Double) -> String {
        guard !months.isEmpty else { return "" }
        let slot = plotW / Double(months.count)
        let every = max(1, Int((labelWidth / slot).rounded(.up)))
        var svg = "<line x1=\"\(f(left))\" y1=\"\(f(top + plotH))\" x2=\"\(f(left + plotW))\" y2=\"\(f(top + plotH))\" stroke=\"#444\"/>"
        for (i, month) in months.enumerated() where i % every == 0 {
            let x = left + slot * (Double(i) + 0.5)
            svg += "<text x=\"\(f(x))\" y=\"\(f(top + plotH + 14))\" text-anchor=\"middle\">\(Escaping.html(month))</text>"
        }
        return svg
    }

    private static func legend(items: [(String, String)], y: Double) -> String {
        var svg = ""
        var x = left
        for (label, color) in items {
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            svg += "<text x=\"\(f(x + 14))\" y=\"\(f(y))\">\(Escaping.html(label))</text>"
            x += 14 + Double(label.count) * 6.2 + 18
        }
        return svg
    }

    /// A round number at or above `value` (1, 2, 5 × 10ⁿ, at least 2 so halves are whole).
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 2 else { return 2 }
        let exponent = pow(10, floor(log10(value)))
        for m in [1.0, 2, 5, 10] where m * exponent >= value { return m * exponent }
        return 10 * exponent
    }

    private static func f(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
