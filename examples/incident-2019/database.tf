resource "aws_db_subnet_group" "accounts" {
  name       = "${local.name}-accounts"
  subnet_ids = aws_subnet.public[*].id
}

# User accounts: e-mails, device lists, tokens.
resource "aws_db_instance" "accounts" {
  identifier             = "${local.name}-accounts"
  engine                 = "postgres"
  engine_version         = "11.5"
  instance_class         = "db.r5.large"
  allocated_storage      = 200
  username               = "app"
  manage_master_user_password = true
  db_subnet_group_name   = aws_db_subnet_group.accounts.name
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible    = true
  skip_final_snapshot    = true
  tags                   = local.tags
}
