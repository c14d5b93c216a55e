import ChronicleCore
import Testing
@testable import ChronicleReports

@Suite struct BalanceNarrativeTests {
    @Test func japanTowardNorthKoreaIsWrittenFromTheCounts() {
        let summary = DigestSummary(DigestFixtures.dyad)
        let japan = summary.directions[0]
        #expect(japan.id == "JPN>PRK")
        #expect(japan.counts[.verbalCooperation] == 2)
        #expect(japan.counts[.materialConflict] == 1)
        let text = BalanceNarrative.shipped.paragraph(for: japan, actor: "Japan", target: "North Korea")
        #expect(text.hasPrefix("Of Japan's 3 acts toward North Korea, 2 were verbal cooperation ("))
        #expect(text.contains("and none material cooperation."))
        #expect(text.contains("declarations, but no material steps"))
        #expect(text.contains("In material terms its acts toward North Korea were conflict"))
    }

    @Test func emptyDirectionSaysSo() {
        let data = DigestData(selection: DigestSelection(dyad: ("JPN", "CHN")), generatedAt: "x", events: [])
        let d = DigestSummary(data).directions[0]
        #expect(BalanceNarrative.shipped.paragraph(for: d, actor: "Japan", target: "China")
            == "No acts of Japan toward China are recorded for this selection.")
    }

    @Test func singularAgreement() {
        let one = [DigestFixtures.events[1]]
        let data = DigestData(selection: DigestSelection(dyad: ("JPN", "PRK")), generatedAt: "x", events: one)
        let d = DigestSummary(data).directions[0]
        let s = BalanceNarrative.shipped.sentences(for: d, actor: "Japan", target: "North Korea")
        #expect(s[0] == "Of Japan's 1 act toward North Korea, none were verbal cooperation and none material cooperation.")
    }

    @Test func monthsAreContinuous() {
        let summary = DigestSummary(DigestFixtures.dyad)
        #expect(summary.months == ["2018-03", "2018-04", "2018-05", "2018-06"])
        #expect(summary.directions[1].goldsteinMean("2018-05") == -2.0)
        #expect(summary.directions[0].goldsteinMean("2018-04") == nil)
    }
}
