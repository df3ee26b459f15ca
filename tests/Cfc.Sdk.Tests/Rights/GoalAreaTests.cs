using Cfc.Sdk.Rights;

namespace Cfc.Sdk.Tests.Rights;

public sealed class GoalAreaTests
{
    [Fact]
    public void There_are_five_goal_areas_numbered_as_the_framework()
    {
        Assert.Equal([1, 2, 3, 4, 5], GoalAreas.All.Select(a => (int)a));
        Assert.All(GoalAreas.All, a => Assert.True(GoalAreas.IsDefined(a)));
    }

    [Fact]
    public void Every_goal_area_is_described_in_English_and_Dutch()
    {
        Assert.All(GoalAreas.All, a => Assert.StartsWith("Every child", GoalAreas.EnglishDescription(a), StringComparison.Ordinal));
        Assert.All(GoalAreas.All, a => Assert.StartsWith("Elk kind", GoalAreas.DutchDescription(a), StringComparison.Ordinal));
    }

    [Fact]
    public void An_undefined_goal_area_is_rejected()
    {
        Assert.False(GoalAreas.IsDefined((GoalArea)6));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAreas.EnglishDescription(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAreas.DutchDescription((GoalArea)6));
    }
}
