using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsClaims.Web.Accounts;

namespace NewsClaims.Web.Pages.Admin;

public sealed class UsersModel(UserManager<IdentityUser> users) : PageModel
{
    public sealed record Row(string Id, string Email, string? Role, bool Disabled);

    public IReadOnlyList<Row> Users { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync()
    {
        Message = TempData["Message"] as string;
        var rows = new List<Row>();
        foreach (var u in await users.Users.OrderBy(u => u.Email).ToListAsync())
        {
            var roles = await users.GetRolesAsync(u);
            rows.Add(new Row(u.Id, u.Email ?? u.UserName ?? u.Id, roles.FirstOrDefault(), u.LockoutEnd > DateTimeOffset.UtcNow.AddYears(50)));
        }
        Users = rows;
    }

    public async Task<IActionResult> OnPostCreateAsync(string email, string password, string role)
    {
        if (!Roles.All.Contains(role)) return Done("Unknown role.");
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return Done(string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return Done($"{email} was created as {role}.");
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        if (!Roles.All.Contains(role) || await users.FindByIdAsync(id) is not { } user) return Done("Unknown user or role.");
        if (user.UserName == User.Identity?.Name && role != Roles.Admin) return Done("You cannot take away your own administrator role.");
        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        await users.UpdateSecurityStampAsync(user);
        return Done($"{user.Email} is now {role}.");
    }

    public async Task<IActionResult> OnPostToggleAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user) return Done("Unknown user.");
        if (user.UserName == User.Identity?.Name) return Done("You cannot disable your own account.");
        var disable = !(user.LockoutEnd > DateTimeOffset.UtcNow.AddYears(50));
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disable ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        return Done($"{user.Email} is {(disable ? "disabled" : "enabled")}.");
    }

    private RedirectToPageResult Done(string message)
    {
        TempData["Message"] = message;
        return RedirectToPage();
    }
}
