using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsClaims.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimsBySourceAndDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_SourceId",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SourceId_StatedOn",
                table: "Claims",
                columns: new[] { "SourceId", "StatedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Claims_SourceId_StatedOn",
                table: "Claims");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_SourceId",
                table: "Claims",
                column: "SourceId");
        }
    }
}
