using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace NewsClaims.Web.Accounts;

/// <summary>Creates the roles and, when no administrator exists, the first one from configuration.</summary>
public sealed class AccountSetup(RoleManager<IdentityRole> roles, UserManager<IdentityUser> users, IOptions<AdminOptions> options, ILogger<AccountSetup> logger)
{
    public async Task EnsureAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
        }
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;

        var email = options.Value.Email;
        var generated = string.IsNullOrEmpty(options.Value.Password);
        var password = generated ? GeneratePassword() : options.Value.Password!;
        var admin = await users.FindByEmailAsync(email);
        if (admin is null)
        {
            admin = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(admin, password), "create the first administrator");
        }
        Check(await users.AddToRoleAsync(admin, Roles.Admin), "make the first administrator an admin");
        if (generated)
        {
            // printed once, on the start that creates the account; it is not stored anywhere else
            logger.LogWarning("First administrator created: sign in at /account/login as {Email} with password {Password} (set Admin:Password to choose one)", email, password);
        }
        else
        {
            logger.LogInformation("First administrator {Email} created from configuration", email);
        }
    }

    public static string GeneratePassword()
    {
        const string letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = Enumerable.Range(0, 18).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray();
        return new string(chars) + "-7aB";
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
